package example;

import java.time.LocalDate;
import java.util.List;
import org.avec.Constitution;
import org.avec.Cycle;
import org.avec.Member;
import org.avec.RuleViolationException;
import org.javamoney.moneta.Money;

/** README's small example, compiled and run by a project that depends on avec-core alone (modulepath). */
public final class Main {

    public static void main(String[] args) {
        Constitution rules = Constitution.builder(Money.of(10, "MAD"))       // one share costs 10 MAD
                .socialFund(Money.of(5, "MAD"))                              // 5 MAD per member per meeting
                .meetings(Constitution.Frequency.WEEKLY, 52)
                .fine("late", Money.of(2, "MAD"))
                .cashUnit(Money.of(1, "MAD"))                                // payouts in whole dirhams
                .build();

        Cycle cycle = Cycle.start(rules, Money.of(0, "MAD"), Money.of(0, "MAD"),
                        List.of(Member.of("amina", "Amina"), Member.of("badia", "Badia")))
                .openMeeting(LocalDate.of(2026, 1, 5))
                .buyShares("amina", 3).buyShares("badia", 5)
                .paySocialFund("amina").paySocialFund("badia")
                .lend("badia", Money.of(60, "MAD"), 1);                       // one charging period: due at meeting 5

        System.out.println(cycle);
        try {
            cycle.lend("amina", Money.of(90, "MAD"), 1);
        } catch (RuleViolationException e) {
            System.out.println("RuleViolationException: " + e.getMessage());
        }
        System.out.println("unchanged: " + cycle.loanFund());
    }
}
