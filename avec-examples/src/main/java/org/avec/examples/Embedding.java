package org.avec.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.avec.Constitution;
import org.avec.Cycle;
import org.avec.Event;
import org.avec.Member;
import org.avec.RuleViolationException;
import org.javamoney.moneta.Money;

/**
 * How an application embeds avec: a group's book kept by a back-end or a mobile app. The app holds the current
 * {@link Cycle} (an immutable value) in an {@link AtomicReference}; each entry the treasurer makes is recorded
 * into a new cycle, and a refused entry becomes a message for the treasurer while the book stays as it was. The
 * app stores only the constitution, the founding members and the events, and rebuilds the cycle by replaying
 * them.
 */
public final class Embedding {

    /** One group's book, safe to share between request threads. */
    public static final class GroupBook {
        private final AtomicReference<Cycle> cycle;

        /**
         * Opens a book for a new cycle.
         *
         * @param constitution the rules the group agreed
         * @param members the founding members
         */
        public GroupBook(Constitution constitution, List<Member> members) {
            this.cycle = new AtomicReference<>(Cycle.start(constitution, Money.zero(constitution.currency()),
                    Money.zero(constitution.currency()), members));
        }

        /**
         * Records one entry; two entries arriving at once are applied one after the other, never lost.
         *
         * @param event the entry
         * @return null if recorded, or the message to show the treasurer if the group's rules refuse it
         */
        public String record(Event event) {
            try {
                cycle.updateAndGet(c -> c.record(event));
                return null;
            } catch (RuleViolationException refused) {
                return refused.getMessage();
            }
        }

        /**
         * The cycle as it stands: every figure (funds, members, loans, share-out) is read from it.
         *
         * @return the current cycle
         */
        public Cycle now() {
            return cycle.get();
        }

        /**
         * What the app stores: the events, in order. {@code Cycle.start(...).recordAll(events)} rebuilds the book.
         *
         * @return the events recorded so far
         */
        public List<Event> events() {
            return cycle.get().events();
        }
    }

    private Embedding() {}

    /**
     * A short run of the book: two entries accepted, one refused, the book rebuilt from its events.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        org.avec.tools.QuietMoneta.please();
        Constitution rules = Constitution.builder(Money.of(10, "MAD")).socialFund(Money.of(5, "MAD")).build();
        List<Member> members = List.of(Member.of("amina", "Amina"), Member.of("badia", "Badia"));
        GroupBook book = new GroupBook(rules, members);

        book.record(new Event.MeetingOpened(1, LocalDate.of(2026, 1, 5)));
        book.record(new Event.SharesBought(1, members.get(0).id(), 3));
        String refused = book.record(new Event.LoanIssued(1, members.get(1).id(), Money.of(500, "MAD"), 1));
        System.out.println(refused);
        System.out.println(book.now());

        Cycle rebuilt = Cycle.start(rules, Money.zero(rules.currency()), Money.zero(rules.currency()), members)
                .recordAll(book.events());
        System.out.println("rebuilt from " + book.events().size() + " stored events: " + rebuilt.equals(book.now()));
    }
}
