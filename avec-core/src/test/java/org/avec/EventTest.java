package org.avec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Events are values: equal when they are of the same kind with the same meeting, member and values, unequal when
 * any of them differs, and each gives back the amount it was made with.
 */
class EventTest {

    static MonetaryAmount mad(String s) {
        return Money.of(new java.math.BigDecimal(s), "MAD");
    }

    static final MemberId A = MemberId.of("a");
    static final MemberId B = MemberId.of("b");
    static final LocalDate D = LocalDate.of(2026, 1, 5);

    /** Each row: an event, then events that differ from it in exactly one value (or in kind). */
    static List<List<Event>> families() {
        return List.of(
                List.of(new Event.MeetingOpened(1, D), new Event.MeetingOpened(2, D), new Event.MeetingOpened(1, D.plusDays(1))),
                List.of(new Event.MemberJoined(1, A, "Amina"), new Event.MemberJoined(2, A, "Amina"),
                        new Event.MemberJoined(1, B, "Amina"), new Event.MemberJoined(1, A, "Badia")),
                List.of(new Event.Attendance(1, A, Event.Presence.PRESENT), new Event.Attendance(2, A, Event.Presence.PRESENT),
                        new Event.Attendance(1, B, Event.Presence.PRESENT), new Event.Attendance(1, A, Event.Presence.LATE)),
                List.of(new Event.SharesBought(1, A, 2), new Event.SharesBought(2, A, 2), new Event.SharesBought(1, B, 2),
                        new Event.SharesBought(1, A, 3)),
                List.of(new Event.SocialFundPaid(1, A, mad("5")), new Event.SocialFundPaid(2, A, mad("5")),
                        new Event.SocialFundPaid(1, B, mad("5")), new Event.SocialFundPaid(1, A, mad("5.01")),
                        new Event.SocialFundPaid(1, A, Money.of(5, "EUR")), new Event.FinePaid(1, A, mad("5")),
                        new Event.LoanRepaid(1, A, mad("5"))),
                List.of(new Event.FineCharged(1, A, "late"), new Event.FineCharged(2, A, "late"),
                        new Event.FineCharged(1, B, "late"), new Event.FineCharged(1, A, "absent")),
                List.of(new Event.GrantPaid(1, A, mad("50"), "funeral"), new Event.GrantPaid(2, A, mad("50"), "funeral"),
                        new Event.GrantPaid(1, B, mad("50"), "funeral"), new Event.GrantPaid(1, A, mad("51"), "funeral"),
                        new Event.GrantPaid(1, A, mad("50"), "illness")),
                List.of(new Event.LoanIssued(1, A, mad("100"), 2), new Event.LoanIssued(2, A, mad("100"), 2),
                        new Event.LoanIssued(1, B, mad("100"), 2), new Event.LoanIssued(1, A, mad("101"), 2),
                        new Event.LoanIssued(1, A, mad("100"), 3)),
                List.of(new Event.LoanRescheduled(1, A, 1, "committee"), new Event.LoanRescheduled(2, A, 1, "committee"),
                        new Event.LoanRescheduled(1, B, 1, "committee"), new Event.LoanRescheduled(1, A, 2, "committee"),
                        new Event.LoanRescheduled(1, A, 1, "assembly")),
                List.of(new Event.LoanWrittenOff(1, A, "assembly", "death"), new Event.LoanWrittenOff(2, A, "assembly", "death"),
                        new Event.LoanWrittenOff(1, B, "assembly", "death"), new Event.LoanWrittenOff(1, A, "committee", "death"),
                        new Event.LoanWrittenOff(1, A, "assembly", "moved away")),
                List.of(new Event.MemberLeft(1, A), new Event.MemberLeft(2, A), new Event.MemberLeft(1, B)),
                List.of(new Event.CashCounted(1, mad("10"), mad("5")), new Event.CashCounted(2, mad("10"), mad("5")),
                        new Event.CashCounted(1, mad("11"), mad("5")), new Event.CashCounted(1, mad("10"), mad("6")),
                        new Event.CashCounted(1, Money.of(10, "EUR"), Money.of(5, "EUR"))));
    }

    @Test
    void an_event_equals_its_twin_and_no_event_that_differs_in_one_value() {
        List<List<Event>> families = families();
        List<List<Event>> twins = families(); // made again: equal, not the same objects
        for (int f = 0; f < families.size(); f++) {
            Event first = families.get(f).get(0);
            Event twin = twins.get(f).get(0);
            assertThat(twin).isNotSameAs(first).isEqualTo(first).hasSameHashCodeAs(first);
            assertThat(first.toString()).isEqualTo(twin.toString()).startsWith(first.getClass().getSimpleName() + "[");
            assertThat(first).isNotEqualTo(null).isNotEqualTo("an event");
            for (Event other : families.get(f).subList(1, families.get(f).size())) {
                assertThat(other).as(first + " vs " + other).isNotEqualTo(first);
                assertThat(first).as(first + " vs " + other).isNotEqualTo(other);
            }
            for (int g = 0; g < families.size(); g++) {
                if (g != f) {
                    assertThat(families.get(g).get(0)).isNotEqualTo(first);
                }
            }
        }
    }

    @Test
    void an_event_gives_back_its_amounts_at_the_currency_s_scale() {
        assertThat(new Event.SocialFundPaid(1, A, Money.of(5, "MAD")).amount()).isEqualTo(mad("5.00"));
        assertThat(new Event.LoanIssued(1, A, mad("100.5"), 2).principal().getNumber().numberValue(java.math.BigDecimal.class))
                .isEqualByComparingTo("100.50");
        Event.CashCounted c = new Event.CashCounted(3, mad("10"), mad("5.25"));
        assertThat(c.loanFund()).isEqualTo(mad("10"));
        assertThat(c.socialFund()).isEqualTo(mad("5.25"));
        assertThat(c.meeting()).isEqualTo(3);
        assertThat(c.toString()).isEqualTo("CashCounted[meeting=3, loanFund=MAD 10.00, socialFund=MAD 5.25]");
        assertThat(new Event.GrantPaid(2, A, mad("50"), "funeral").toString())
                .isEqualTo("GrantPaid[meeting=2, member=a, amount=MAD 50.00, reason=funeral]");
        assertThat(new Event.LoanIssued(2, A, mad("50"), 3).toString())
                .isEqualTo("LoanIssued[meeting=2, member=a, amount=MAD 50.00, termPeriods=3]");
    }
}
