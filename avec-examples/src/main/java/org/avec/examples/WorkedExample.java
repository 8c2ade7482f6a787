package org.avec.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.avec.Constitution;
import org.avec.Cycle;
import org.avec.LoanPolicy;
import org.avec.Member;
import org.avec.ShareOut;

/**
 * A worked example of the standard share-out, proportional to shares (sources S1, S5, S16 in
 * {@code docs/sources.md}; the numbers are ours): 20 members, 1,000 shares of
 * 10 MAD = 10,000 MAD saved; service charges 1,800 + fines 200 give a fund of 12,000 MAD; value per share
 * 12.00 MAD; a member with 60 shares receives 720 MAD.
 *
 * <p>Here the 1,800 MAD of service charges come from six loans of 1,000 MAD for three periods at 10% flat,
 * and the 200 MAD of fines from four fines of 50 MAD.
 */
public final class WorkedExample {

    private WorkedExample() {}

    /**
     * Prints the share-out statement of the worked example.
     *
     * @param args none
     */
    public static void main(String[] args) {
        org.avec.tools.QuietMoneta.please();
        System.out.print(cycle().shareOut());
    }

    /**
     * The worked example's cycle, at its last meeting.
     *
     * @return the cycle
     */
    public static Cycle cycle() {
        Constitution c = Constitution.builder(Simulation.mad("10")).sharesPerMeeting(1, 60)
                .meetings(Constitution.Frequency.WEEKLY, 13).fine("absent", Simulation.mad("50"))
                .cashUnit(Simulation.mad("1")).loans(LoanPolicy.builder().closingMeetings(0).build()).build();
        List<Member> members = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            members.add(Member.of(id(i), NAMES[i - 1]));
        }
        LocalDate first = LocalDate.of(2026, 1, 5);
        Cycle cycle = Cycle.start(c, Simulation.mad("0"), Simulation.mad("0"), members).openMeeting(first)
                .buyShares(id(1), 60).buyShares(id(20), 40);
        for (int i = 2; i <= 19; i++) {
            cycle = cycle.buyShares(id(i), 50);
        }
        for (int i = 2; i <= 7; i++) {
            cycle = cycle.lend(id(i), Simulation.mad("1000"), 3);
        }
        for (int i = 8; i <= 11; i++) {
            cycle = cycle.fine(id(i), "absent").payFine(id(i), Simulation.mad("50"));
        }
        while (cycle.meeting() < c.meetings()) {
            cycle = cycle.openMeeting(cycle.date().plusWeeks(1));
        }
        for (int i = 2; i <= 7; i++) {
            cycle = cycle.repayAll(id(i));
        }
        return cycle;
    }

    /**
     * The share-out of the worked example.
     *
     * @return the share-out
     */
    public static ShareOut shareOut() {
        return cycle().shareOut();
    }

    private static String id(int i) {
        return String.format("m%02d", i);
    }

    private static final String[] NAMES = {
        "Fatima", "Khadija", "Aicha", "Malika", "Zahra", "Naima", "Hafsa", "Samira", "Latifa", "Rachida",
        "Saida", "Nadia", "Karima", "Amina", "Hasna", "Meryem", "Souad", "Touria", "Yamna", "Zineb"
    };
}
