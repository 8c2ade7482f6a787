package org.avec;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class CycleTest {

    static MonetaryAmount mad(String s) {
        return Money.of(new BigDecimal(s), "MAD");
    }

    static final LocalDate D = LocalDate.of(2026, 1, 5);

    static Cycle firstMeeting() {
        Constitution c = Constitution.builder(mad("10")).socialFund(mad("5")).fine("late", mad("2")).build();
        return Cycle.start(c, mad("0"), mad("0"), List.of(Member.of("amina", "Amina"), Member.of("badia", "Badia")))
                .openMeeting(D)
                .attend("amina", Event.Presence.PRESENT).attend("badia", Event.Presence.LATE)
                .buyShares("amina", 3).buyShares("badia", 5)
                .paySocialFund("amina").paySocialFund("badia")
                .fine("badia", "late").payFine("badia", mad("2"));
    }

    @Test
    void shares_savings_and_the_two_funds() {
        Cycle cycle = firstMeeting();
        assertThat(cycle.member("amina").shares()).isEqualTo(3);
        assertThat(cycle.member("amina").savings()).isEqualTo(mad("30"));
        assertThat(cycle.member("badia").savings()).isEqualTo(mad("50"));
        assertThat(cycle.member("badia").finesPaid()).isEqualTo(mad("2"));
        assertThat(cycle.loanFund()).as("savings + fines").isEqualTo(mad("82"));
        assertThat(cycle.socialFund()).isEqualTo(mad("10"));
        assertThat(cycle.cashInBox()).isEqualTo(mad("92"));
        assertThat(cycle.totalShares()).isEqualTo(8);
        assertThat(cycle.meeting()).isEqualTo(1);
        assertThat(cycle.date()).isEqualTo(D);
        assertThat(cycle.events()).hasSize(9);
    }

    @Test
    void meeting_summaries_say_what_happened_at_each_meeting() {
        Cycle cycle = firstMeeting().countCash(mad("82"), mad("10")).openMeeting(D.plusWeeks(1)).buyShares("amina", 1)
                .grant("badia", mad("10"), "illness");
        List<MeetingSummary> s = cycle.meetingSummaries();
        assertThat(s).hasSize(2);
        assertThat(s.get(0).present()).isEqualTo(1);
        assertThat(s.get(0).late()).isEqualTo(1);
        assertThat(s.get(0).sharesBought()).isEqualTo(8);
        assertThat(s.get(0).savings()).isEqualTo(mad("80"));
        assertThat(s.get(0).loanFundCash()).isEqualTo(mad("82"));
        assertThat(s.get(1).grants()).isEqualTo(mad("10"));
        assertThat(s.get(1).socialFundCash()).isEqualTo(mad("0"));
        assertThat(s.get(1).toString()).startsWith("Meeting 2 (2026-01-12): 0 present, 0 late, 0 absent; 1 shares MAD 10.00");
    }

    @Test
    void summaries_made_after_each_entry_are_those_of_the_whole_record_replayed() {
        // an app shows the summaries after every entry: each is made from the last one's, by the new entries only
        Cycle cycle = firstMeeting();
        List<MeetingSummary> shown = cycle.meetingSummaries();
        cycle = cycle.countCash(mad("82"), mad("10"));
        shown = cycle.meetingSummaries();
        cycle = cycle.recordAll(List.of(new Event.MeetingOpened(2, D.plusWeeks(1)),
                new Event.SharesBought(2, MemberId.of("amina"), 1)));
        shown = cycle.meetingSummaries();
        cycle = cycle.grant("badia", mad("10"), "illness");
        shown = cycle.meetingSummaries();
        Cycle replayed = Cycle.replay(cycle.constitution(), cycle.opening(), cycle.events());
        assertThat(shown).isEqualTo(replayed.meetingSummaries()).hasSize(2);
        assertThat(shown.get(1).savings()).isEqualTo(mad("10"));
        assertThat(shown.get(1).grants()).isEqualTo(mad("10"));
        // a branch from an earlier cycle does not see the later entries
        assertThat(firstMeeting().meetingSummaries()).hasSize(1);
    }

    @Test
    void members_can_join_mid_cycle() {
        Cycle cycle = firstMeeting().openMeeting(D.plusWeeks(1)).join("chama", "Chama").buyShares("chama", 2);
        MemberAccount chama = cycle.member("chama");
        assertThat(chama.joinedAt()).isEqualTo(2);
        assertThat(chama.savings()).isEqualTo(mad("20"));
        assertThat(cycle.members()).extracting(MemberAccount::name).containsExactly("Amina", "Badia", "Chama");
    }

    @Test
    void recording_returns_a_new_cycle_and_leaves_the_old_one_as_it_was() {
        Cycle before = firstMeeting().openMeeting(D.plusWeeks(1));
        Cycle after = before.buyShares("amina", 1);
        assertThat(before).isNotEqualTo(after);
        assertThat(before.member("amina").shares()).isEqualTo(3);
        assertThat(after.member("amina").shares()).isEqualTo(4);
        assertThat(before.events()).hasSize(after.events().size() - 1);
    }

    @Test
    void equal_events_make_equal_cycles() {
        Cycle a = firstMeeting();
        Cycle b = Cycle.start(a.constitution(), mad("0"), mad("0"), a.founders()).recordAll(a.events());
        assertThat(b).isEqualTo(a).hasSameHashCodeAs(a).hasToString(a.toString());
        assertThat(a.toString()).isEqualTo("Cycle at meeting 1 of 52 (2026-01-05): 2 members, 8 shares\n"
                + "  loan fund   MAD 82.00 cash + MAD 0.00 out on loan\n  social fund MAD 10.00");
        assertThat(Cycle.replay(Constitution.of(mad("10")), List.of(new Event.MeetingOpened(1, D))).meeting()).isEqualTo(1);
    }

    @Test
    void zero_and_three_decimal_currencies_work_as_well_as_mad() {
        Constitution xof = Constitution.builder(Money.of(500, "XOF")).socialFund(Money.of(100, "XOF")).build();
        Cycle x = Cycle.start(xof, Money.of(0, "XOF"), Money.of(0, "XOF"), List.of(Member.of("a", "A")))
                .openMeeting(D).buyShares("a", 3).paySocialFund("a");
        assertThat(x.loanFund()).isEqualTo(Money.of(1500, "XOF"));
        Constitution tnd = Constitution.builder(Money.of(new BigDecimal("2.500"), "TND")).build();
        Cycle t = Cycle.start(tnd, Money.of(0, "TND"), Money.of(0, "TND"), List.of(Member.of("a", "A")))
                .openMeeting(D).buyShares("a", 3);
        assertThat(t.loanFund()).isEqualTo(Money.of(new BigDecimal("7.500"), "TND"));
        assertThat(tnd.amount("0.001")).isEqualTo(Money.of(new BigDecimal("0.001"), "TND"));
    }

    @Test
    void one_cycle_shared_by_many_threads_each_deriving_its_own_future() throws Exception {
        Cycle shared = firstMeeting();
        String before = Driver.fingerprint(shared);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Cycle>> futures = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int shares = 1 + t % 5;
                futures.add(pool.submit(() -> {
                    Cycle c = shared;
                    for (int m = 2; m <= 20; m++) {
                        c = c.openMeeting(c.date().plusWeeks(1)).buyShares("amina", shares).paySocialFund("amina");
                    }
                    return c;
                }));
            }
            for (int t = 0; t < 16; t++) {
                Cycle c = futures.get(t).get();
                int shares = 1 + t % 5;
                assertThat(c.member("amina").shares()).isEqualTo(3 + 19L * shares);
                assertThat(c.socialFund()).isEqualTo(mad("10").add(mad("5").multiply(19)));
            }
        } finally {
            pool.shutdown();
        }
        assertThat(Driver.fingerprint(shared)).isEqualTo(before);
    }

    @Test
    void constitution_defaults_follow_the_methodology() {
        Constitution c = Constitution.of(mad("10"));
        assertThat(c.minSharesPerMeeting()).isEqualTo(1);
        assertThat(c.maxSharesPerMeeting()).isEqualTo(5);
        assertThat(c.meetings()).isEqualTo(52);
        assertThat(c.socialFund()).isEqualTo(mad("0"));
        assertThat(c.cashUnit()).isEqualTo(mad("0.01"));
        assertThat(c.loans().maxMultipleOfSavings()).isEqualByComparingTo("3");
        assertThat(c.loans().method()).isEqualTo(LoanPolicy.ChargingMethod.FLAT);
        assertThat(c.shareOut().method()).isEqualTo(ShareOutPolicy.Method.PROPORTIONAL);
        assertThat(c.toBuilder().build()).isEqualTo(c).hasSameHashCodeAs(c);
        Constitution fined = c.toBuilder().fine("late", mad("2")).build();
        assertThat(fined.toBuilder().build()).as("the fines survive toBuilder").isEqualTo(fined);
        assertThat(fined).isNotEqualTo(c);
        assertThat(c.toBuilder().socialFund(mad("5")).build()).isNotEqualTo(c);
        assertThat(c.toBuilder().meetings(Constitution.Frequency.WEEKLY, 40).build()).isNotEqualTo(c);
        assertThat(c.toBuilder().cashUnit(mad("1")).build()).isNotEqualTo(c);
        assertThat(c.toString()).startsWith("Constitution: share MAD 10.00, 1-5 shares per meeting, social fund MAD 0.00 per meeting, 52 weekly meetings");
        assertThat(LoanPolicy.defaults().toBuilder().build()).isEqualTo(LoanPolicy.defaults());
        assertThat(ShareOutPolicy.defaults().toBuilder().build()).isEqualTo(ShareOutPolicy.defaults())
                .hasSameHashCodeAs(ShareOutPolicy.defaults());
        LoanPolicy declining = LoanPolicy.builder().serviceCharge(new BigDecimal("0.1"), 4,
                LoanPolicy.ChargingMethod.DECLINING_BALANCE).build();
        assertThat(declining).isNotEqualTo(LoanPolicy.defaults());
        assertThat(LoanPolicy.builder().serviceCharge(new BigDecimal("0.100"), 4, LoanPolicy.ChargingMethod.FLAT).build())
                .isEqualTo(LoanPolicy.defaults()).hasSameHashCodeAs(LoanPolicy.defaults());
        assertThat(LoanPolicy.defaults().toString()).isEqualTo("loans: 10% FLAT per 4 meetings, up to 3x savings, 1 at once,"
                + " term up to 3 periods, none in the last 4 meetings, rounded HALF_UP to the MINOR_UNIT, late penalty 0%,"
                + " write-off: LOAN_FUND_LOSS");
        ShareOutPolicy weighted = ShareOutPolicy.builder().method(ShareOutPolicy.Method.TIME_WEIGHTED)
                .leavers(ShareOutPolicy.LeaverSettlement.SAVINGS_WITH_PROFIT).build();
        assertThat(weighted).isNotEqualTo(ShareOutPolicy.defaults());
        assertThat(weighted.leaverSettlement()).isEqualTo(ShareOutPolicy.LeaverSettlement.SAVINGS_WITH_PROFIT);
        assertThat(ShareOutPolicy.defaults().toString()).isEqualTo("share-out: PROPORTIONAL, outstanding loans REFUSE,"
                + " rounding LARGEST_REMAINDER, remainder to NEXT_CYCLE, social fund CARRIED_OVER, leavers SAVINGS_ONLY");
        assertThat(Rule.LOAN_CAP.words()).isEqualTo("a loan is at most the allowed multiple of the borrower's savings");
    }
}
