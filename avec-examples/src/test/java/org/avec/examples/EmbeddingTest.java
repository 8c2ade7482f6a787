package org.avec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.avec.Constitution;
import org.avec.Cycle;
import org.avec.Event;
import org.avec.Member;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class EmbeddingTest {

    static final Constitution RULES = Constitution.builder(Money.of(10, "MAD")).build();

    static List<Member> members(int n) {
        List<Member> m = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            m.add(Member.of("m" + i, "Member " + i));
        }
        return m;
    }

    @Test
    void a_refused_entry_is_a_message_and_the_book_is_unchanged() {
        Embedding.GroupBook book = new Embedding.GroupBook(RULES, members(2));
        book.record(new Event.MeetingOpened(1, LocalDate.of(2026, 1, 5)));
        Cycle before = book.now();
        String message = book.record(new Event.SharesBought(1, members(2).get(0).id(), 9));
        assertThat(message).startsWith("SHARES_PER_MEETING").contains("member m0");
        assertThat(book.now()).isSameAs(before);
    }

    @Test
    void entries_from_many_threads_are_all_recorded_and_the_book_rebuilds_from_its_events() throws Exception {
        List<Member> members = members(40);
        Embedding.GroupBook book = new Embedding.GroupBook(RULES, members);
        assertThat(book.record(new Event.MeetingOpened(1, LocalDate.of(2026, 1, 5)))).isNull();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Member m : members) {
                results.add(pool.submit(() -> book.record(new Event.SharesBought(1, m.id(), 1 + m.id().value().length() % 5))));
            }
            for (Future<String> f : results) {
                assertThat(f.get()).isNull();
            }
        } finally {
            pool.shutdown();
        }
        long expectedShares = members.stream().mapToLong(m -> 1 + m.id().value().length() % 5).sum();
        assertThat(book.now().totalShares()).isEqualTo(expectedShares);
        assertThat(book.events()).hasSize(41);
        Cycle rebuilt = Cycle.start(RULES, Money.of(0, "MAD"), Money.of(0, "MAD"), members).recordAll(book.events());
        assertThat(rebuilt).isEqualTo(book.now());
    }
}
