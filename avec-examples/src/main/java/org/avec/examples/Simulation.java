package org.avec.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.money.MonetaryAmount;
import org.avec.Constitution;
import org.avec.Cycle;
import org.avec.Event;
import org.avec.LoanPolicy;
import org.avec.LoanPurpose;
import org.avec.Profile;
import org.avec.Member;
import org.avec.MemberAccount;
import org.javamoney.moneta.Money;

/**
 * A realistic savings group simulated from a fixed seed: members buy 1 to 5 shares at each meeting they
 * attend, pay the social fund, are fined for coming late or missing a meeting, borrow at every 4th meeting
 * and repay when their loan falls due. One borrower repays late, one member leaves mid-cycle, and the social
 * fund pays one grant. The same seed always gives the same events.
 */
public final class Simulation {

    /** The first meeting's date. */
    public static final LocalDate FIRST_MEETING = LocalDate.of(2026, 1, 5);

    private Simulation() {}

    /**
     * The demo group's constitution: 10 MAD shares, 1 to 5 per meeting, 5 MAD social fund per meeting, 52
     * weekly meetings, fines of 2 MAD for coming late and 5 MAD for missing a meeting, a cash unit of 1 MAD,
     * loans at 10% flat per 4 weeks with a 5% late penalty, and default share-out rules.
     *
     * @param meetings the number of meetings in the cycle, at least 12
     * @return the constitution
     */
    public static Constitution constitution(int meetings) {
        return Constitution.builder(mad("10"))
                .socialFund(mad("5"))
                .meetings(Constitution.Frequency.WEEKLY, meetings)
                .fine("late", mad("2"))
                .fine("absent", mad("5"))
                .cashUnit(mad("1"))
                .loans(LoanPolicy.builder().latePenaltyRate(new BigDecimal("0.05")).build())
                .build();
    }

    /**
     * An amount of Moroccan dirhams.
     *
     * @param decimal the amount, for example "12.50"
     * @return the amount
     */
    public static MonetaryAmount mad(String decimal) {
        return Money.of(new BigDecimal(decimal), "MAD");
    }

    /**
     * Simulates a whole cycle, up to and including its last meeting (ready for share-out).
     *
     * @param seed the random seed
     * @param members how many members start the cycle, at least 8
     * @param meetings how many meetings the cycle has, at least 12
     * @return the cycle at its last meeting
     */
    public static Cycle run(long seed, int members, int meetings) {
        Constitution c = constitution(meetings);
        List<Member> founders = new ArrayList<>();
        for (int i = 1; i <= members; i++) {
            founders.add(Member.of(String.format("M%02d", i), NAMES[(i - 1) % NAMES.length]).with(profile(i)));
        }
        Cycle cycle = Cycle.start(c, Money.zero(c.currency()), Money.zero(c.currency()), founders);
        SplittableRandom random = new SplittableRandom(seed);
        String lateBorrower = founders.get(6).id().value();
        String leaver = founders.get(members - 1).id().value();
        int leaveAt = meetings * 3 / 5;
        int period = c.loans().chargingPeriod();
        for (int m = 1; m <= meetings; m++) {
            cycle = cycle.openMeeting(FIRST_MEETING.plusWeeks(m - 1));
            for (MemberAccount a : cycle.members()) {
                if (!a.isActive()) {
                    continue;
                }
                String id = a.id().value();
                int roll = random.nextInt(100);
                Event.Presence presence = roll < 88 ? Event.Presence.PRESENT
                        : roll < 95 ? Event.Presence.LATE : Event.Presence.ABSENT;
                cycle = cycle.attend(id, presence);
                if (presence == Event.Presence.ABSENT) {
                    cycle = cycle.fine(id, "absent");
                    continue;
                }
                if (presence == Event.Presence.LATE) {
                    cycle = cycle.fine(id, "late");
                }
                cycle = cycle.buyShares(id, 1 + random.nextInt(5)).paySocialFund(id);
                MemberAccount now = cycle.member(id);
                if (now.finesOwed().isPositive()) {
                    cycle = cycle.payFine(id, now.finesOwed());
                }
                cycle = repayIfDue(cycle, id, m, id.equals(lateBorrower));
            }
            if (m == meetings) {
                for (MemberAccount a : cycle.members()) {
                    if (a.owedOnLoans().isPositive()) {
                        cycle = cycle.repayAll(a.id().value());
                    }
                }
            }
            if (m >= leaveAt && m < meetings && cycle.member(leaver).isActive()) {
                if (cycle.member(leaver).owedOnLoans().isPositive()) {
                    cycle = cycle.repayAll(leaver);
                }
                // she is paid her savings from the loan fund's cash: if it is out on loan, she waits a meeting
                if (cycle.loanFund().isGreaterThanOrEqualTo(cycle.member(leaver).savings())) {
                    cycle = cycle.leave(leaver);
                }
            }
            if (m == meetings / 3) {
                MonetaryAmount grant = mad("150");
                if (cycle.socialFund().isGreaterThanOrEqualTo(grant)) {
                    cycle = cycle.grant(founders.get(2).id().value(), grant, "funeral in the family");
                }
            }
            if (m % period == 0) {
                cycle = lend(cycle, random, m, meetings, leaver, leaveAt);
                cycle = cycle.countCash(cycle.loanFund(), cycle.socialFund());
            }
        }
        return cycle;
    }

    /** Repays everything owed when a loan is due; the late borrower pays two meetings late. */
    private static Cycle repayIfDue(Cycle cycle, String id, int meeting, boolean late) {
        MemberAccount a = cycle.member(id);
        if (!a.owedOnLoans().isPositive()) {
            return cycle;
        }
        int due = cycle.loans(id).stream().filter(l -> l.closedAt() == 0).mapToInt(l -> l.dueMeeting()).min()
                .orElse(Integer.MAX_VALUE);
        int payAt = late ? due + 2 : due;
        boolean last = meeting == cycle.constitution().meetings();
        return meeting >= payAt || last ? cycle.repayAll(id) : cycle;
    }

    private static Cycle lend(Cycle cycle, SplittableRandom random, int m, int meetings, String leaver, int leaveAt) {
        LoanPolicy p = cycle.constitution().loans();
        if (m > meetings - p.closingMeetings()) {
            return cycle;
        }
        int maxTerm = Math.min(p.maxTermPeriods(), (meetings - m) / p.chargingPeriod());
        if (maxTerm < 1) {
            return cycle;
        }
        for (MemberAccount a : cycle.members()) {
            if (!a.isActive() || (a.id().value().equals(leaver) && m + p.chargingPeriod() * maxTerm >= leaveAt)
                    || random.nextInt(100) >= 35) {
                continue;
            }
            // read again: loans already issued at this meeting took cash out of the box
            BigDecimal capacity = cycle.member(a.id()).borrowingCapacity().getNumber().numberValue(BigDecimal.class);
            int tens = capacity.intValue() / 10;
            if (tens < 10) {
                continue;
            }
            int amount = 10 * (10 + random.nextInt(tens - 9));
            // what the loan is for, told by the member: drawn from the loan's number, not from the random numbers, so
            // that the purposes change none of the cycle's money
            int number = cycle.loans().size() + 1;
            cycle = cycle.lend(a.id().value(), mad(Integer.toString(amount)), 1 + random.nextInt(maxTerm),
                    PURPOSES[number * 7 % PURPOSES.length]);
        }
        return cycle;
    }

    /** Loans' purposes as a CARE Maroc group might record them: mostly income-generating activities. */
    private static final LoanPurpose[] PURPOSES = {LoanPurpose.incomeGenerating("élevage"),
        LoanPurpose.incomeGenerating("couture"), LoanPurpose.incomeGenerating("petit commerce"), LoanPurpose.EDUCATION,
        LoanPurpose.incomeGenerating("agriculture"), LoanPurpose.HEALTH, LoanPurpose.incomeGenerating("élevage"),
        LoanPurpose.CONSUMPTION, LoanPurpose.incomeGenerating("couture"), LoanPurpose.NOT_GIVEN};

    /** The i-th founder's profile: women, one man in ten, born from 1962 to 2005; every seventh's birth year unknown. */
    static Profile profile(int i) {
        Profile p = Profile.NONE.withSex(i % 10 == 0 ? Profile.Sex.MALE : Profile.Sex.FEMALE);
        return i % 7 == 0 ? p : p.withBirthYear(1962 + i * 13 % 44);
    }

    private static final String[] NAMES = {
        "Fatima", "Khadija", "Aicha", "Malika", "Zahra", "Naima", "Hafsa", "Samira", "Latifa", "Rachida",
        "Saida", "Nadia", "Karima", "Amina", "Hasna", "Meryem", "Souad", "Touria", "Yamna", "Zineb",
        "Halima", "Mina", "Rkia", "Fadma", "Itto"
    };
}
