package org.avec;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Every field of the engine's state survives its copy: a field added to {@link Account}, {@link Loan},
 * {@link MeetingTotals} or {@link Books} can never be forgotten by a copy, because each field is set here (by
 * reflection, so a new field is covered without touching this test) to a value no other field has, and then
 * read back from the copy.
 */
class BooksCopyTest {

    private final SplittableRandom random = new SplittableRandom();

    @RepeatedTest(20)
    void an_account_copy_keeps_every_field() throws Exception {
        Account a = new Account(MemberId.of("a"), "Aicha", Profile.of(Profile.Sex.FEMALE, 1990), 3);
        checkCopy(a, x -> ((Account) x).copy(), List.of());
    }

    @RepeatedTest(20)
    void a_loan_copy_keeps_every_field_and_takes_the_new_owner() throws Exception {
        Loan l = new Loan(7, MemberId.of("a"), 2, 1000, 3, 14, LoanPurpose.incomeGenerating("sewing"));
        Object owner = new Object();
        Loan copy = (Loan) checkCopy(l, x -> ((Loan) x).copy(owner), List.of("owner"));
        assertThat(copy.owner).isSameAs(owner);
    }

    @RepeatedTest(20)
    void meeting_totals_copy_keeps_every_field() throws Exception {
        checkCopy(new MeetingTotals(4, LocalDate.of(2026, 2, 2)), x -> ((MeetingTotals) x).copy(), List.of());
    }

    @RepeatedTest(20)
    void books_started_for_a_build_keep_every_field() throws Exception {
        Constitution c = Constitution.builder(Money.of(10, "MAD")).build();
        Books b = Books.opening(c, Opening.atStart(Money.of(0, "MAD"), Money.of(0, "MAD"),
                List.of(Member.of("a", "Aicha"), Member.of("b", "Badia"))));
        b.current = new MeetingTotals(1, LocalDate.of(2026, 1, 5));
        // the build's own working state is new in every build; the arrays that change are copied, not shared
        Books copy = (Books) checkCopy(b, x -> ((Books) x).startBuild(), List.of("build", "accounts", "current"));
        assertThat(copy.accounts).isNotSameAs(b.accounts).containsExactly(b.accounts);
        assertThat(copy.current).isNotSameAs(b.current);
        assertThat(copy.current.meeting).isEqualTo(1);
    }

    @Test
    void a_published_book_is_not_changed_by_a_later_build() {
        Constitution c = Constitution.builder(Money.of(10, "MAD")).build();
        Cycle before = Cycle.start(c, Money.of(0, "MAD"), Money.of(0, "MAD"), List.of(Member.of("a", "Aicha")))
                .openMeeting(LocalDate.of(2026, 1, 5)).buyShares("a", 2);
        String seen = before.members().toString() + before.meetingSummaries();
        before.openMeeting(LocalDate.of(2026, 1, 12)).buyShares("a", 5).lend("a", Money.of(60, "MAD"), 1);
        assertThat(before.members().toString() + before.meetingSummaries()).isEqualTo(seen);
    }

    /**
     * Sets every instance field the copy should keep to a fresh value, copies, and checks each value in the copy.
     * Final fields are checked too (a copy must keep them), but only set where they are not already distinct.
     */
    private Object checkCopy(Object original, UnaryOperator<Object> copy, List<String> notKept) throws Exception {
        List<Field> fields = new ArrayList<>();
        for (Field f : original.getClass().getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !notKept.contains(f.getName())) {
                f.setAccessible(true);
                fields.add(f);
                if (!Modifier.isFinal(f.getModifiers())) {
                    f.set(original, fresh(f.getType(), original, f));
                }
            }
        }
        assertThat(fields).isNotEmpty();
        Object c = copy.apply(original);
        assertThat(c).isNotSameAs(original);
        for (Field f : fields) {
            assertThat(f.get(c)).as("field %s of %s", f.getName(), original.getClass().getSimpleName())
                    .isEqualTo(f.get(original));
        }
        return c;
    }

    private Object fresh(Class<?> type, Object owner, Field f) throws Exception {
        if (type == int.class) {
            return 1 + random.nextInt(1_000_000);
        } else if (type == long.class) {
            return 1 + random.nextLong(1_000_000_000_000L);
        } else if (type == boolean.class) {
            return !(Boolean) f.get(owner);
        } else if (type == String.class) {
            return "s" + random.nextInt();
        } else if (type == LocalDate.class) {
            return LocalDate.of(2026, 1, 1).plusDays(random.nextInt(3000));
        } else if (type == Loan[].class) {
            return new Loan[] {new Loan(random.nextInt(100), MemberId.of("x"), 1, 5, 1, 5, LoanPurpose.HEALTH)};
        } else if (type == Event.Presence.class) {
            return Event.Presence.values()[random.nextInt(Event.Presence.values().length)];
        } else if (type == Object.class) {
            return new Object();
        } else if (type == History.class) {
            return History.empty().with("x" + random.nextInt());
        } else if (type == MemberTable.class) {
            return MemberTable.of(List.of(Member.of("t" + random.nextInt(), "T")));
        } else if (type == Account[].class) {
            return f.get(owner);
        } else if (type == long[].class) {
            return new long[] {random.nextLong()};
        } else if (type == String[].class) {
            return new String[] {"s" + random.nextInt()};
        } else if (type == Books.Held[].class) {
            return new Books.Held[] {new Books.Held("mill" + random.nextInt(), 1 + random.nextInt(1000), 3, null)};
        }
        throw new AssertionError("no fresh value for a field of type " + type + ": add one here");
    }
}
