package org.avec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The texts avec prints, exactly, and the small accessors around them. */
class StatementTest {

    static MonetaryAmount mad(String s) {
        return Money.of(new BigDecimal(s), "MAD");
    }

    static final LocalDate D = LocalDate.of(2026, 1, 5);

    @Test
    void a_time_weighted_statement_reads_as_a_table() {
        Constitution c = Constitution.builder(mad("10")).meetings(Constitution.Frequency.WEEKLY, 2).cashUnit(mad("5"))
                .loans(LoanPolicy.builder().closingMeetings(0).build())
                .shareOut(ShareOutPolicy.builder().method(ShareOutPolicy.Method.TIME_WEIGHTED)
                        .rounding(ShareOutPolicy.Rounding.EACH_PAYOUT_DOWN)
                        .remainderTo(ShareOutPolicy.RemainderDestination.SOCIAL_FUND).build())
                .build();
        Cycle cycle = Cycle.start(c, mad("3"), mad("1"), List.of(Member.of("a", "Amina Bent Mohammed El Alaoui"),
                Member.of("b", "Badia"), Member.of("z", "Zero"))).openMeeting(D).buyShares("a", 2)
                .openMeeting(D.plusWeeks(1)).buyShares("b", 1);
        ShareOut s = cycle.shareOut();
        // savings back (20 and 10); the profit, 3 carried in, by share-meetings: a 2 shares x 1 meeting after meeting 1
        // = 2, b 1 x 0 (bought at the share-out) = 0: a 23.00 -> 20 (cash unit 5), b 10; remainder 3 to the social fund
        assertThat(s.toString()).isEqualTo(String.join("\n",
                "SHARE-OUT at meeting 2 (2026-01-12), amounts in MAD, savings back, profit by share-meetings, cash unit 5.00, rounding EACH_PAYOUT_DOWN",
                "Distributable cash",
                "  carried in from last cycle                    3.00",
                "  savings (shares bought)            +         30.00",
                "  service charges paid               +          0.00",
                "  late penalties paid                +          0.00",
                "  fines paid into the loan fund      +          0.00",
                "  loans written off (loss)           -          0.00",
                "  paid to members who left           -          0.00",
                "  loans still out                    -          0.00",
                "  = loan fund cash                             33.00",
                "  debts deducted from payouts        +          0.00",
                "  = distributable                              33.00",
                "Shared by share-meetings: distributable 33.00 - savings back 30.00 = 3.00",
                "Total share-meetings 2; value per share-meeting = 3.00 / 2 = 1.500000000000 (1.50 rounded down)",
                "Member       Name              Shares     Weight                  Exact        Gross    Deduction   Net payout    Shortfall",
                "---------------------------------------------------------------------------------------------------------------------------",
                "a            Amina Bent Moha~       2          2        23.000000000000        20.00         0.00        20.00         0.00",
                "b            Badia                  1          0        10.000000000000        10.00         0.00        10.00         0.00",
                "z            Zero                   0          0         0.000000000000         0.00         0.00         0.00         0.00",
                "---------------------------------------------------------------------------------------------------------------------------",
                "Total                               3          2                               30.00         0.00        30.00         0.00",
                "Net payouts 30.00 + remainder 3.00 = loan fund cash 33.00",
                "Remainder 3.00 goes to the social fund",
                "Carried into the next cycle: loan fund 0.00, social fund 4.00",
                ""));
        assertThat(s.line("z").sharesSetAgainstDebt()).isFalse();
        assertThat(s.method()).isEqualTo(ShareOutPolicy.Method.TIME_WEIGHTED);
        assertThat(s.remainderDestination()).isEqualTo(ShareOutPolicy.RemainderDestination.SOCIAL_FUND);
        assertThat(cycle.carriedCapital()).isEqualTo(mad("3"));
        assertThat(cycle.carriedSocialFund()).isEqualTo(mad("1"));
        assertThat(c.frequency()).isEqualTo(Constitution.Frequency.WEEKLY);
    }

    @Test
    void a_share_out_with_no_shares_keeps_everything_as_remainder() {
        Constitution c = Constitution.builder(mad("10")).meetings(Constitution.Frequency.WEEKLY, 1)
                .loans(LoanPolicy.builder().closingMeetings(0).build()).build();
        ShareOut s = Cycle.start(c, mad("7"), mad("0"), List.of(Member.of("a", "A"))).openMeeting(D).shareOut();
        assertThat(s.valuePerShare()).isZero();
        assertThat(s.valuePerShareRounded()).isEqualTo(mad("0"));
        assertThat(s.remainder()).isEqualTo(mad("7"));
        assertThat(s.carriedCapital()).isEqualTo(mad("7"));
    }

    @Test
    void a_debt_equal_to_the_payout_is_deducted_in_full() {
        // a: 5 shares, borrows 50 at 0%: owes 50; fund 150 - 50 = 100 cash + 50 netted = 150 / 15 = 10 a share
        Constitution c = Constitution.builder(mad("10")).meetings(Constitution.Frequency.WEEKLY, 5).cashUnit(mad("1"))
                .loans(LoanPolicy.builder().closingMeetings(0).serviceCharge(BigDecimal.ZERO, 4,
                        LoanPolicy.ChargingMethod.FLAT).build())
                .shareOut(ShareOutPolicy.builder().outstandingLoans(ShareOutPolicy.OutstandingLoans.DEDUCT_FROM_PAYOUT).build())
                .build();
        Cycle cycle = Cycle.start(c, mad("0"), mad("0"), List.of(Member.of("a", "A"), Member.of("b", "B"), Member.of("c", "C")))
                .openMeeting(D).buyShares("a", 5).buyShares("b", 5).buyShares("c", 5).lend("a", mad("50"), 1);
        while (cycle.meeting() < 5) {
            cycle = cycle.openMeeting(cycle.date().plusWeeks(1));
        }
        ShareOut s = cycle.shareOut();
        assertThat(s.line("a").gross()).isEqualTo(mad("50"));
        assertThat(s.line("a").deduction()).isEqualTo(mad("50"));
        assertThat(s.line("a").net()).isEqualTo(mad("0"));
        assertThat(s.line("a").sharesSetAgainstDebt()).isFalse();
        assertThat(s.line("b").net()).isEqualTo(mad("50"));
    }

    @Test
    void messages_name_the_rule_the_meeting_and_the_member_when_there_is_one() {
        Cycle cycle = Cycle.start(Constitution.of(mad("10")), mad("0"), mad("0"), List.of(Member.of("a", "A")))
                .openMeeting(D).buyShares("a", 1);
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> cycle.countCash(mad("11"), mad("0")))
                .withMessage("CASH_COUNT (the cash counted must equal the cash expected), meeting 1: counted MAD 11.00 in the"
                        + " loan fund and MAD 0.00 in the social fund, but the records say MAD 10.00 and MAD 0.00"
                        + " (differences MAD 1.00 and MAD 0.00)")
                .satisfies(e -> assertThat(e.member()).isEmpty())
                .satisfies(e -> assertThat(e.meeting()).isEqualTo(1));
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> cycle.buyShares("a", 1))
                .withMessageStartingWith("SHARES_PER_MEETING (shares bought at one meeting are between the minimum and"
                        + " the maximum), meeting 1, member a: ");
    }

    static Stream<Runnable> eventsAtMeetingZero() {
        MemberId a = MemberId.of("a");
        MonetaryAmount one = mad("1");
        return Stream.of(() -> new Event.MeetingOpened(0, D), () -> new Event.MemberJoined(0, a, "A"),
                () -> new Event.Attendance(0, a, Event.Presence.PRESENT), () -> new Event.SharesBought(0, a, 1),
                () -> new Event.SocialFundPaid(0, a, one), () -> new Event.FineCharged(0, a, "late"),
                () -> new Event.FinePaid(0, a, one), () -> new Event.GrantPaid(0, a, one, "x"),
                () -> new Event.LoanIssued(0, a, one, 1), () -> new Event.LoanRepaid(0, a, one),
                () -> new Event.LoanRescheduled(0, a, 1, "x"), () -> new Event.LoanWrittenOff(0, a, "x", "y"),
                () -> new Event.MemberLeft(0, a), () -> new Event.CashCounted(0, one, one));
    }

    @ParameterizedTest
    @MethodSource("eventsAtMeetingZero")
    void every_event_belongs_to_a_meeting_numbered_from_one(Runnable create) {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(create::run)
                .withMessage("Meetings are numbered from 1, not 0");
    }

    @Test
    void small_values_check_themselves() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Member.of("a", " "))
                .withMessage("A member's name must not be blank");
        assertThat(MemberId.of("a").compareTo(MemberId.of("b"))).isNegative();
        assertThat(MemberId.of("b").compareTo(MemberId.of("a"))).isPositive();
        assertThat(MemberId.of("a")).hasToString("a");
        Allocation<String> a = Allocation.of(mad("10"), java.util.Map.of("x", 1L), mad("5"), true);
        assertThat(a.total()).isEqualTo(mad("10"));
        assertThat(a.cashUnit()).isEqualTo(mad("5"));
        Cycle one = Cycle.start(Constitution.of(mad("10"))).openMeeting(D);
        Cycle two = one.join("a", "A");
        assertThat(one.hashCode()).isNotEqualTo(two.hashCode());
        assertThat(two).isNotEqualTo(one.join("a", "B")).isNotEqualTo(one).isNotEqualTo("a cycle");
        assertThat(two).isEqualTo(two).isEqualTo(one.join("a", "A"));
        assertThat(Cycle.start(Constitution.of(mad("10")), mad("1"), mad("0"), List.of()))
                .isNotEqualTo(Cycle.start(Constitution.of(mad("10"))));
    }

    @Test
    void a_reschedule_may_end_at_the_last_meeting_but_not_after() {
        Constitution c = Constitution.builder(mad("10")).meetings(Constitution.Frequency.WEEKLY, 9)
                .loans(LoanPolicy.builder().closingMeetings(0).build()).build();
        Cycle cycle = Cycle.start(c, mad("0"), mad("0"), List.of(Member.of("a", "A"))).openMeeting(D).buyShares("a", 5)
                .lend("a", mad("10"), 1);
        assertThat(cycle.reschedule("a", 1, "assembly").loans("a").get(0).dueMeeting()).isEqualTo(9);
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> cycle.reschedule("a", 2, "assembly"))
                .withMessageContaining("would fall due at meeting 13, after the share-out at meeting 9");
    }

    @Test
    void penalties_fall_due_every_charging_period_after_the_due_meeting() {
        Constitution c = Constitution.builder(mad("100")).meetings(Constitution.Frequency.WEEKLY, 20)
                .loans(LoanPolicy.builder().latePenaltyRate(new BigDecimal("0.05")).closingMeetings(0).build()).build();
        Cycle cycle = Cycle.start(c, mad("0"), mad("0"), List.of(Member.of("a", "A"))).openMeeting(D).buyShares("a", 5)
                .lend("a", mad("100"), 1);
        while (cycle.meeting() < 17) {
            cycle = cycle.openMeeting(cycle.date().plusWeeks(1));
        }
        // due at 5: penalties at 6, 10, 14 (3 x 5.00); charges at 5, 9, 13, 17 (4 x 10.00)
        assertThat(cycle.loans("a").get(0).penaltiesDue()).isEqualTo(mad("15"));
        assertThat(cycle.loans("a").get(0).chargesDue()).isEqualTo(mad("40"));
        assertThat(cycle.loans("a").get(0).meetingsLate()).isEqualTo(12);
        assertThat(cycle.loans("a").get(0).daysLate()).isEqualTo(84);
    }
}
