package org.avec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of wrong input the public API can receive, with the exception it must raise, the words its
 * message must contain, and a check that the cycle it was offered to is unchanged.
 */
class RefusalCatalogueTest {

    static MonetaryAmount mad(String s) {
        return Money.of(new BigDecimal(s), "MAD");
    }

    static final LocalDate D = LocalDate.of(2026, 1, 5);

    static Constitution rules() {
        return Constitution.builder(mad("10")).socialFund(mad("5")).meetings(Constitution.Frequency.WEEKLY, 12)
                .fine("late", mad("2")).cashUnit(mad("1")).build();
    }

    /** Meeting 1 is open; a, b and c bought 5 shares each (150 MAD); a paid the social fund; b borrowed 100. */
    static Cycle base() {
        return Cycle.start(rules(), mad("0"), mad("0"), List.of(Member.of("a", "Amina"), Member.of("b", "Badia"),
                Member.of("c", "Chama"))).openMeeting(D).buyShares("a", 5).buyShares("b", 5).buyShares("c", 5)
                .paySocialFund("a").attend("a", Event.Presence.PRESENT).lend("b", mad("100"), 2);
    }

    static Cycle atMeeting(Cycle c, int meeting) {
        while (c.meeting() < meeting) {
            c = c.openMeeting(c.date().plusWeeks(1));
        }
        return c;
    }

    static Arguments rule(String name, Cycle start, Function<Cycle, Object> act, Rule rule, String words) {
        return Arguments.of(name, start, act, RuleViolationException.class, rule, words);
    }

    static Arguments bad(String name, Cycle start, Function<Cycle, Object> act, Class<? extends Throwable> type,
            String words) {
        return Arguments.of(name, start, act, type, null, words);
    }

    static Stream<Arguments> catalogue() {
        Cycle b = base();
        Cycle fresh = Cycle.start(rules(), mad("0"), mad("0"), List.of(Member.of("a", "Amina")));
        Cycle last = atMeeting(b, 12);
        Cycle repaid = b.repay("b", mad("100"));
        Cycle drained = Cycle.start(rules(), mad("0"), mad("0"), List.of(Member.of("a", "A"), Member.of("b", "B")))
                .openMeeting(D).buyShares("a", 5).buyShares("b", 5).lend("b", mad("100"), 1);
        Cycle left = b.leave("c");
        return Stream.of(
                rule("a meeting skipped", b, c -> c.record(new Event.MeetingOpened(3, D.plusWeeks(2))), Rule.MEETING_ORDER,
                        "the next meeting is 2, not 3"),
                rule("a meeting on the same date", b, c -> c.record(new Event.MeetingOpened(2, D)), Rule.MEETING_ORDER,
                        "is not after meeting 1"),
                rule("a meeting back-dated", b, c -> c.record(new Event.MeetingOpened(2, D.minusDays(1))),
                        Rule.MEETING_ORDER, "is not after meeting 1"),
                rule("an event for a later meeting", b, c -> c.record(new Event.SharesBought(2, MemberId.of("a"), 1)),
                        Rule.MEETING_ORDER, "is for meeting 2 but meeting 1 is open"),
                rule("attendance for a later meeting", b, c -> c.record(new Event.Attendance(2, MemberId.of("c"),
                        Event.Presence.PRESENT)), Rule.MEETING_ORDER, "Attendance is for meeting 2 but meeting 1 is open"),
                rule("a contribution for a later meeting", b, c -> c.record(new Event.SocialFundPaid(2, MemberId.of("c"),
                        mad("5"))), Rule.MEETING_ORDER, "SocialFundPaid is for meeting 2 but meeting 1 is open"),
                rule("a fine for an earlier meeting", atMeeting(b, 2), c -> c.record(new Event.FineCharged(1,
                        MemberId.of("c"), "late")), Rule.MEETING_ORDER, "FineCharged is for meeting 1 but meeting 2 is open"),
                rule("a loan for a later meeting", b, c -> c.record(new Event.LoanIssued(2, MemberId.of("a"), mad("10"),
                        1)), Rule.MEETING_ORDER, "LoanIssued is for meeting 2 but meeting 1 is open"),
                rule("an event before any meeting", fresh, c -> c.record(new Event.SharesBought(1, MemberId.of("a"), 1)),
                        Rule.MEETING_ORDER, "no meeting has been opened yet"),
                rule("a meeting after the share-out", last, c -> c.openMeeting(D.plusWeeks(20)), Rule.MEETING_ORDER,
                        "the cycle has 12 meetings"),
                rule("another currency", b, c -> c.record(new Event.FinePaid(1, MemberId.of("a"), Money.of(1, "EUR"))),
                        Rule.GROUP_CURRENCY, "is EUR 1.00 but the group saves in MAD"),
                rule("an unknown member buys", b, c -> c.buyShares("zed", 1), Rule.MEMBER_UNKNOWN,
                        "no member with id 'zed'"),
                rule("an unknown member is looked up", b, c -> c.member("zed"), Rule.MEMBER_UNKNOWN, "'zed'"),
                rule("a member joins twice", b, c -> c.join("a", "Another Amina"), Rule.MEMBER_ALREADY_JOINED,
                        "joined already"),
                rule("a departed member buys", left, c -> c.buyShares("c", 1), Rule.MEMBER_LEFT,
                        "left the group at meeting 1"),
                rule("a departed member is paid a grant", left, c -> c.grant("c", mad("1"), "x"), Rule.MEMBER_LEFT,
                        "left the group"),
                rule("attendance taken twice", b, c -> c.attend("a", Event.Presence.LATE), Rule.ATTENDANCE_ONCE,
                        "already taken"),
                rule("more than the maximum shares", b.join("d", "Dounia"), c -> c.buyShares("d", 6), Rule.SHARES_PER_MEETING,
                        "6 shares is outside the 1 to 5"),
                rule("a second purchase at a meeting", b, c -> c.buyShares("a", 1), Rule.SHARES_PER_MEETING,
                        "already bought shares at this meeting"),
                rule("fewer than the minimum shares",
                        Cycle.start(rules().toBuilder().sharesPerMeeting(2, 5).build(), mad("0"), mad("0"),
                                List.of(Member.of("a", "A"))).openMeeting(D),
                        c -> c.buyShares("a", 1), Rule.SHARES_PER_MEETING, "1 shares is outside the 2 to 5"),
                rule("a wrong social-fund contribution", b,
                        c -> c.record(new Event.SocialFundPaid(1, MemberId.of("b"), mad("4"))),
                        Rule.SOCIAL_FUND_CONTRIBUTION, "paid MAD 4.00 but the contribution is MAD 5.00"),
                rule("a second social-fund contribution", b, c -> c.paySocialFund("a"), Rule.SOCIAL_FUND_CONTRIBUTION,
                        "already paid"),
                rule("a grant larger than the social fund", b, c -> c.grant("a", mad("6"), "illness"),
                        Rule.SOCIAL_FUND_BALANCE, "a grant of MAD 6.00 is more than the MAD 5.00 in the social fund"),
                rule("a fine not in the schedule", b, c -> c.fine("a", "singing"), Rule.FINE_SCHEDULE,
                        "no fine 'singing'"),
                rule("a fine paid that is not owed", b, c -> c.payFine("a", mad("1")), Rule.FINE_OVERPAID,
                        "paid MAD 1.00 but owes MAD 0.00"),
                rule("a fine overpaid", b, c -> c.fine("a", "late").payFine("a", mad("3")), Rule.FINE_OVERPAID,
                        "owes MAD 2.00"),
                rule("a cash count that does not match", b, c -> c.countCash(mad("51"), mad("5")), Rule.CASH_COUNT,
                        "counted MAD 51.00 in the loan fund and MAD 5.00 in the social fund, but the records say MAD 50.00"),
                rule("a social fund count that does not match", b, c -> c.countCash(mad("50"), mad("3")), Rule.CASH_COUNT,
                        "but the records say MAD 50.00 and MAD 5.00 (differences MAD 0.00 and MAD -2.00)"),
                rule("a loan above three times savings", b, c -> c.lend("c", mad("151"), 1), Rule.LOAN_CAP,
                        "a loan of MAD 151.00 with MAD 0.00 already outstanding is more than 3 x savings of MAD 50.00 = MAD 150.00"),
                rule("a loan larger than the cash", b, c -> c.lend("a", mad("51"), 1), Rule.LOAN_FUND_CASH,
                        "more than the MAD 50.00 cash in the loan fund"),
                rule("a second loan", b, c -> c.lend("b", mad("10"), 1), Rule.LOANS_AT_ONCE, "at most 1 at once"),
                rule("a term too long", b, c -> c.lend("a", mad("10"), 4), Rule.LOAN_TERM,
                        "a term of 4 periods is longer than the 3 allowed"),
                rule("a loan due after the share-out", b, c -> c.lend("a", mad("10"), 3), Rule.LOAN_TERM,
                        "would fall due at meeting 13, after the share-out at meeting 12"),
                rule("a loan in the closing meetings", atMeeting(repaid, 9), c -> c.lend("a", mad("10"), 1),
                        Rule.LOAN_CLOSING_MEETINGS, "no new loans after meeting 8"),
                rule("a repayment with no loan", b, c -> c.repay("a", mad("10")), Rule.LOAN_NONE_OUTSTANDING,
                        "has no loan outstanding"),
                rule("an overpayment", b, c -> c.repay("b", mad("100.01")), Rule.LOAN_OVERPAYMENT,
                        "a repayment of MAD 100.01 is more than the MAD 100.00 owed"),
                rule("repayAll with nothing owed", b, c -> c.repayAll("a"), Rule.LOAN_NONE_OUTSTANDING, "a repayment of everything owed but the member has no loan outstanding"),
                rule("a write-off with no loan", b, c -> c.writeOff("a", "assembly", "x"), Rule.LOAN_NONE_OUTSTANDING,
                        "a write-off but the member has no loan outstanding"),
                rule("a write-off of a repaid loan", repaid, c -> c.writeOff("b", "assembly", "x"),
                        Rule.LOAN_NONE_OUTSTANDING, "a write-off but the member has no loan outstanding"),
                rule("a reschedule with no loan", b, c -> c.reschedule("a", 1, "committee"), Rule.LOAN_NONE_OUTSTANDING,
                        "a reschedule but the member has no loan outstanding"),
                rule("a reschedule past the share-out", b, c -> c.reschedule("b", 2, "committee"), Rule.LOAN_TERM,
                        "would fall due at meeting 17"),
                rule("a borrower leaves", b, c -> c.leave("b"), Rule.LEAVER_HAS_LOAN, "still owes MAD 100.00"),
                rule("a settlement larger than the cash", drained, c -> c.leave("a"), Rule.LEAVER_SETTLEMENT,
                        "the settlement of MAD 50.00 is more than the MAD 0.00 cash"),
                rule("a share-out before the last meeting", b, Cycle::shareOut, Rule.SHARE_OUT_MEETING,
                        "the share-out is at meeting 12; meeting 1 is open"),
                rule("a share-out with a loan outstanding", last, Cycle::shareOut, Rule.SHARE_OUT_LOANS_OUTSTANDING,
                        "b owes MAD 120.00"),
                bad("a negative fine payment", b, c -> c.payFine("a", mad("-1")), IllegalArgumentException.class,
                        "must be more than zero: MAD -1.00"),
                bad("a zero repayment", b, c -> c.repay("b", mad("0")), IllegalArgumentException.class,
                        "repayment by b must be more than zero"),
                bad("zero shares", b, c -> c.buyShares("c", 0), IllegalArgumentException.class,
                        "at least one share, not 0"),
                bad("an amount finer than the centime", b, c -> c.repay("b", mad("1.005")), IllegalArgumentException.class,
                        "MAD 1.005 is finer than the smallest unit of MAD"),
                bad("an overflow-sized amount", b, c -> c.repay("b", Money.of(new BigDecimal("1e30"), "MAD")),
                        ArithmeticException.class, "too large to count in minor units"),
                bad("a null member", b, c -> c.record(new Event.SharesBought(1, null, 1)), NullPointerException.class,
                        "member"),
                bad("a null event", b, c -> c.record(null), NullPointerException.class, "event"),
                bad("a blank member id", b, c -> c.buyShares(" ", 1), IllegalArgumentException.class,
                        "A member id must not be blank"),
                bad("a blank name", b, c -> c.join("d", ""), IllegalArgumentException.class, "name must not be blank"),
                bad("a zero-period loan", b, c -> c.lend("a", mad("10"), 0), IllegalArgumentException.class,
                        "at least one charging period, not 0"),
                bad("a zero-period reschedule", b, c -> c.reschedule("b", 0, "x"), IllegalArgumentException.class,
                        "at least one period, not 0"),
                bad("meeting zero", b, c -> c.record(new Event.Attendance(0, MemberId.of("a"), Event.Presence.PRESENT)),
                        IllegalArgumentException.class, "Meetings are numbered from 1, not 0"),
                bad("a negative cash count", b, c -> c.countCash(mad("-1"), mad("0")), IllegalArgumentException.class,
                        "loan fund counted must not be negative"),
                rule("a share line for a stranger", last, c -> c.repayAll("b").shareOut().line("zed"),
                        Rule.MEMBER_UNKNOWN, "no member with id 'zed' has joined the group"),
                rule("a next cycle in another currency", last, c -> c.repayAll("b").shareOut()
                        .nextCycle(Constitution.of(Money.of(10, "XOF"))), Rule.GROUP_CURRENCY,
                        "currencies differ: the capital carried in is MAD 0.00 but the group saves in XOF"),
                rule("the loans of a stranger", b, c -> c.loans("zed"), Rule.MEMBER_UNKNOWN,
                        "no member with id 'zed' has joined the group"),
                rule("cash handed in for too few shares", atMeeting(b, 2), c -> c.handIn("c", mad("14")), Rule.SAVINGS_HANDED_IN,
                        "MAD 14.00 handed in pays the social-fund contribution of MAD 5.00 and buys 0 shares"),
                rule("cash handed in after shares were bought", b, c -> c.handIn("a", mad("100")),
                        Rule.SAVINGS_HANDED_IN, "already bought shares at this meeting"),
                rule("a social-fund loan the constitution does not allow", b, c -> c.lendFromSocialFund("a", mad("1")),
                        Rule.SOCIAL_FUND_LOAN, "the constitution does not lend the social fund"),
                rule("a social-fund loan due after the share-out", Cycle.start(rules().toBuilder().socialFundLoans(11)
                        .build(), mad("0"), mad("50"), List.of(Member.of("a", "A"))).openMeeting(D).openMeeting(D.plusWeeks(1)),
                        c -> c.lendFromSocialFund("a", mad("10")), Rule.SOCIAL_FUND_LOAN,
                        "would fall due at meeting 13, after the share-out at meeting 12"),
                rule("a social-fund repayment with nothing owed", b, c -> c.repaySocialFund("a", mad("1")),
                        Rule.SOCIAL_FUND_LOAN, "a repayment of MAD 1.00 is more than the MAD 0.00 owed to the social fund"),
                rule("a share-out with a social-fund loan outstanding", Cycle.start(rules().toBuilder().socialFundLoans(1)
                        .meetings(Constitution.Frequency.WEEKLY, 3).loans(LoanPolicy.builder().closingMeetings(0).build())
                        .build(), mad("0"), mad("50"), List.of(Member.of("a", "A"))).openMeeting(D).openMeeting(D.plusWeeks(1))
                        .lendFromSocialFund("a", mad("10")).openMeeting(D.plusWeeks(2)), Cycle::shareOut,
                        Rule.SHARE_OUT_LOANS_OUTSTANDING, "a owes the social fund MAD 10.00"),
                bad("a fine named twice", b, c -> Constitution.builder(mad("10")).fine("late", mad("2")).fine("late", mad("3")),
                        IllegalArgumentException.class, "The fine 'late' is already in the schedule (MAD 2.00)"),
                bad("a founding member who is null", b, c -> Cycle.start(rules(), mad("0"), mad("0"),
                        java.util.Arrays.asList(Member.of("a", "A"), null)), NullPointerException.class,
                        "the founding member at position 1 is null"),
                bad("a social-fund loan term as long as the cycle", b, c -> rules().toBuilder().socialFundLoans(12).build(),
                        IllegalArgumentException.class, "must be 0 (no such loans) up to 11 meetings, not 12"),
                // the group's money beyond the box (§12)
                rule("an expense from a place the constitution does not name", b, c -> c.payExpense("bank", mad("5"),
                        "fees", "bank"), Rule.PLACE_UNKNOWN, "no place named 'bank': the constitution keeps cash in the box"
                        + " only"),
                rule("an expense larger than the box", b, c -> c.payExpense("box", mad("51"), "fees", "assembly"),
                        Rule.PLACE_CASH, "an expense of MAD 51.00 is more than the MAD 50.00 of the loan fund in the box"),
                rule("a lender repaid who lent nothing", b, c -> c.repayGroupLoan("Al Amana", "box", mad("10"), mad("1")),
                        Rule.GROUP_LOAN, "repaying MAD 9.00 of principal to Al Amana, but the group owes nothing"),
                rule("property sold that the group does not hold", b, c -> c.sellProperty("mill", "box", mad("10"), "a"),
                        Rule.PROPERTY, "the group holds no property named 'mill'"),
                bad("cash moved from a place to itself", b, c -> c.moveCash("box", "box", mad("1")),
                        IllegalArgumentException.class, "Cash is moved between two places, not from 'box' to itself"),
                bad("interest more than what was paid", b, c -> c.repayGroupLoan("Al Amana", "box", mad("10"), mad("11")),
                        IllegalArgumentException.class, "The interest MAD 11.00 is part of the MAD 10.00 paid to Al Amana"),
                bad("an expense without a reason", b, c -> c.payExpense("box", mad("1"), " ", "assembly"),
                        IllegalArgumentException.class, "The reason must not be blank"),
                bad("an expense of nothing", b, c -> c.payExpense("box", mad("0"), "fees", "assembly"),
                        IllegalArgumentException.class, "The amount of ExpensePaid must be more than zero"),
                bad("a reason of a whole page", b, c -> c.receiveIncome("box", mad("1"), "x".repeat(201), "a"),
                        IllegalArgumentException.class, "has at most 200 characters, not 201"),
                bad("a place named box", b, c -> Constitution.builder(mad("10")).place("Box"), SettingException.class,
                        "'box' is the group's box"),
                bad("a place named twice", b, c -> Constitution.builder(mad("10")).place("bank").place("Bank"),
                        SettingException.class, "the place is already named"),
                bad("a cap with a group loan of 11", b, c -> LoanPolicy.builder().maxMultipleOfSavingsWithGroupLoan(
                        BigDecimal.valueOf(11)).build(), SettingException.class, "maxMultipleOfSavingsWithGroupLoan must be"
                        + " more than zero and at most 10"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void refused_with_a_specific_exception_and_nothing_changed(String name, Cycle start, Function<Cycle, Object> act,
            Class<? extends Throwable> type, Rule rule, String words) {
        String before = Driver.fingerprint(start);
        int events = start.events().size();
        Throwable thrown = catchThrowable(() -> act.apply(start));
        assertThat(thrown).as(name).isInstanceOf(type).hasMessageContaining(words);
        if (rule != null) {
            assertThat(((RuleViolationException) thrown).rule()).isEqualTo(rule);
            assertThat(thrown.getMessage()).startsWith(rule.name() + " (" + rule.words() + "), meeting ");
        }
        assertThat(Driver.fingerprint(start)).as("the cycle offered the bad input is unchanged").isEqualTo(before);
        assertThat(start.events()).hasSize(events);
    }

    static Stream<Arguments> constitutions() {
        return Stream.of(
                Arguments.of((Runnable) () -> Constitution.builder(mad("10")).sharesPerMeeting(3, 2).build(),
                        "Shares per meeting must satisfy 1 <= minimum <= maximum, not 3..2"),
                Arguments.of((Runnable) () -> Constitution.builder(mad("10")).sharesPerMeeting(0, 2).build(),
                        "not 0..2"),
                Arguments.of((Runnable) () -> Constitution.builder(mad("0")).build(), "The share value must be more than zero"),
                Arguments.of((Runnable) () -> Constitution.builder(mad("10")).cashUnit(mad("3")).build(),
                        "The share value MAD 10.00 must be a whole number of cash units of MAD 3.00"),
                Arguments.of((Runnable) () -> Constitution.builder(mad("10")).socialFund(mad("-5")).build(),
                        "The social-fund contribution must not be negative"),
                Arguments.of((Runnable) () -> Constitution.builder(mad("10")).meetings(Constitution.Frequency.WEEKLY, 4).build(),
                        "The 4 closing meetings without loans leave no meeting to lend in a cycle of 4 meetings"),
                Arguments.of((Runnable) () -> Constitution.builder(mad("10")).fine("late", mad("0")).build(),
                        "The fine 'late' must be more than zero"),
                Arguments.of((Runnable) () -> Constitution.builder(mad("10.001")).build(), "finer than the smallest unit"),
                Arguments.of((Runnable) () -> LoanPolicy.builder().maxLoansAtOnce(0).build(), "maxLoansAtOnce must be at least 1"),
                Arguments.of((Runnable) () -> LoanPolicy.builder().serviceCharge(new BigDecimal("-0.1"), 4,
                        LoanPolicy.ChargingMethod.FLAT).build(), "The service-charge rate must not be negative"),
                Arguments.of((Runnable) () -> LoanPolicy.builder().rounding(java.math.RoundingMode.UNNECESSARY,
                        LoanPolicy.ChargeRoundingUnit.MINOR_UNIT).build(), "choose a rounding mode other than UNNECESSARY"),
                Arguments.of((Runnable) () -> LoanPolicy.builder().maxMultipleOfSavings(BigDecimal.ZERO).build(),
                        "maxMultipleOfSavings must be more than zero"),
                Arguments.of((Runnable) () -> Cycle.start(rules(), mad("0"), mad("0"),
                        List.of(Member.of("a", "A"), Member.of("a", "B"))), "Member a is listed twice"),
                Arguments.of((Runnable) () -> Cycle.start(rules(), mad("-1"), mad("0"), List.of()),
                        "the capital carried in must not be negative: MAD -1.00"),
                // absurd settings, refused with the bound named (issue: "nothing absurd accepted")
                Arguments.of((Runnable) () -> LoanPolicy.builder().serviceCharge(new BigDecimal("1000"), 4,
                        LoanPolicy.ChargingMethod.FLAT).build(),
                        "The service-charge rate must be at most 1 (100% per charging period), not 1000"),
                Arguments.of((Runnable) () -> LoanPolicy.builder().latePenaltyRate(new BigDecimal("1.01")).build(),
                        "The late penalty rate must be at most 1 (100% per charging period), not 1.01"),
                Arguments.of((Runnable) () -> LoanPolicy.builder().maxMultipleOfSavings(new BigDecimal("1e400")).build(),
                        "maxMultipleOfSavings must be at most 10 (groups lend up to 3 or 5 times savings), not 1E+400"),
                Arguments.of((Runnable) () -> Constitution.builder(mad("10"))
                        .meetings(Constitution.Frequency.WEEKLY, Integer.MAX_VALUE).build(),
                        "A cycle has at most 104 weekly meetings (two years), not 2147483647"),
                Arguments.of((Runnable) () -> Constitution.builder(mad("10"))
                        .meetings(Constitution.Frequency.MONTHLY, 25).build(),
                        "A cycle has at most 24 monthly meetings (two years), not 25"),
                Arguments.of((Runnable) () -> Constitution.builder(mad("10")).socialFund(mad("1000000")).build(),
                        "The social-fund contribution MAD 1000000.00 must be at most 10 times what a member may save at "
                                + "one meeting (5 shares of MAD 10.00)"),
                Arguments.of((Runnable) () -> Constitution.builder(Money.of(10, "XXX")).build(),
                        "The currency XXX names no money"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("constitutions")
    void a_constitution_that_contradicts_itself_is_refused(Runnable build, String words) {
        assertThat(catchThrowable(build::run)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(words);
    }

    static Stream<Arguments> otherCurrencies() {
        return Stream.of(
                Arguments.of((Runnable) () -> Constitution.builder(mad("10")).socialFund(Money.of(5, "EUR")).build(),
                        "socialFund is EUR 5.00 but the group saves in MAD"),
                Arguments.of((Runnable) () -> Constitution.builder(mad("10")).fine("late", Money.of(5, "EUR")).build(),
                        "fine 'late' is EUR 5.00 but the group saves in MAD"),
                Arguments.of((Runnable) () -> Constitution.builder(mad("10")).cashUnit(Money.of(1, "EUR")).build(),
                        "cashUnit is EUR 1.00 but the group saves in MAD"),
                Arguments.of((Runnable) () -> Cycle.start(rules(), mad("0"), Money.of(1, "EUR"), List.of()),
                        "the social fund carried in is EUR 1.00 but the group saves in MAD"),
                Arguments.of((Runnable) () -> Allocation.of(mad("10"), java.util.Map.of("a", 1L), Money.of(1, "EUR"), true),
                        "the cash unit is EUR 1.00 but the group saves in MAD"),
                Arguments.of((Runnable) () -> Cycle.start(rules()).openMeeting(java.time.LocalDate.of(2026, 1, 5))
                        .countCash(Money.of(0, "EUR"), Money.of(0, "EUR")), "the cash counted in the loan fund is EUR 0.00 but the group saves in MAD"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("otherCurrencies")
    void an_amount_in_another_currency_is_refused_the_same_way_everywhere(Runnable act, String words) {
        Throwable thrown = catchThrowable(act::run);
        assertThat(thrown).isInstanceOf(RuleViolationException.class).hasMessageContaining("currencies differ: " + words);
        assertThat(((RuleViolationException) thrown).rule()).isEqualTo(Rule.GROUP_CURRENCY);
    }
}
