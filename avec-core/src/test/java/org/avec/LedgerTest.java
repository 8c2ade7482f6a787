package org.avec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * The group's record as kept in the field (rules reference §11): corrections that keep the trail, entry identity,
 * and two phones' records merged.
 */
class LedgerTest {

    static final LocalDate D = LocalDate.of(2026, 1, 5);
    static final MemberId A = MemberId.of("a");
    static final MemberId B = MemberId.of("b");
    final Constitution c = Constitution.builder(mad("10")).meetings(Constitution.Frequency.WEEKLY, 52).build();

    static Money mad(String s) {
        return Money.of(new BigDecimal(s), "MAD");
    }

    Opening opening() {
        return Opening.atStart(mad("0"), mad("0"), List.of(Member.of("a", "A"), Member.of("b", "B")));
    }

    /** Meetings 1 to 6: B buys 5 shares at each of 1 to 5, A buys 5 at meeting 5 and borrows 150 at meeting 6. */
    List<Entry> sixMeetings() {
        List<Entry> entries = new ArrayList<>();
        for (int m = 1; m <= 6; m++) {
            entries.add(Entry.of("open" + m, new Event.MeetingOpened(m, D.plusWeeks(m - 1))));
            if (m <= 5) {
                entries.add(Entry.of("b" + m, new Event.SharesBought(m, B, 5)));
            }
        }
        entries.add(10, Entry.of("a5", new Event.SharesBought(5, A, 5)));
        entries.add(Entry.of("loan6", new Event.LoanIssued(6, A, mad("150"), 1)));
        return entries;
    }

    // ---- §11 corrections keep the trail

    @Test
    void section11_a_correction_that_makes_a_later_loan_break_the_cap_is_refused_naming_that_loan() {
        Ledger ledger = Ledger.start(c, opening()).recordAll(sixMeetings());
        assertThat(ledger.cycle().member("a").savings()).isEqualTo(mad("50"));
        Entry three = Entry.correcting("fix-a5", "a5", new Event.SharesBought(5, A, 3), "the committee",
                "the passbook shows 3 stamps");
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> ledger.record(three))
                .satisfies(e -> {
                    assertThat(e.rule()).isEqualTo(Rule.LOAN_CAP);
                    assertThat(e.entry()).contains("loan6");
                })
                .withMessageStartingWith("entry 'loan6': LOAN_CAP")
                .withMessageContaining("more than 3 x savings of MAD 30.00 = MAD 90.00")
                .withMessageContaining("no longer agrees with the record as corrected");
        assertThat(ledger.entries()).hasSize(13);
        assertThat(ledger.cycle().member("a").savings()).as("a refused correction changes nothing").isEqualTo(mad("50"));

        // corrected together with the loan, the record agrees again; both originals stay in the record
        Ledger fixed = ledger.recordAll(List.of(three, Entry.correcting("fix-loan6", "loan6",
                new Event.LoanIssued(6, A, mad("90"), 1), "the committee", "the loan follows her savings")));
        assertThat(fixed.cycle().member("a").savings()).isEqualTo(mad("30"));
        assertThat(fixed.cycle().loanFund()).as("250 + 30 − 90").isEqualTo(mad("190"));
        assertThat(fixed.entries()).hasSize(15).contains(ledger.entries().toArray(new Entry[0]));
        assertThat(fixed.corrections()).extracting(Entry::id).containsExactly("fix-a5", "fix-loan6");
        assertThat(fixed.eventIds()).hasSize(fixed.cycle().events().size()).contains("a5", "loan6");
        assertThat(fixed.toString()).startsWith("Ledger[15 entries, 2 corrections]");
    }

    @Test
    void correcting_an_entry_and_correcting_it_back_gives_the_cycle_before() {
        Ledger ledger = Ledger.start(c, opening()).recordAll(sixMeetings());
        Ledger there = ledger.record(Entry.correcting("x1", "b3", new Event.SharesBought(3, B, 2), "assembly", "typo"));
        assertThat(there.cycle().member("b").shares()).isEqualTo(22);
        Ledger back = there.record(Entry.correcting("x2", "b3", new Event.SharesBought(3, B, 5), "assembly", "it was 5"));
        assertThat(back.cycle()).isEqualTo(ledger.cycle());
        assertThat(back.entries()).hasSize(ledger.entries().size() + 2);
    }

    @Test
    void a_void_counts_for_nothing_and_a_correction_can_name_the_void() {
        Ledger ledger = Ledger.start(c, opening()).recordAll(sixMeetings());
        Ledger voided = ledger.record(Entry.voiding("v", "b4", "assembly", "recorded twice"));
        assertThat(voided.cycle().member("b").shares()).isEqualTo(20);
        assertThat(voided.eventIds()).doesNotContain("b4");
        Ledger restored = voided.record(Entry.correcting("r", "v", new Event.SharesBought(4, B, 5), "assembly",
                "it was right"));
        assertThat(restored.cycle()).isEqualTo(ledger.cycle());
    }

    @Test
    void the_opening_balances_are_corrected_the_same_way() {
        Ledger ledger = Ledger.start(c, opening()).recordAll(sixMeetings());
        Opening carried = Opening.atStart(mad("100"), mad("5"), List.of(Member.of("a", "A"), Member.of("b", "B")));
        Ledger fixed = ledger.record(Entry.correctingOpening("o", carried, "the field officer", "100 was carried in"));
        assertThat(fixed.cycle().loanFund()).isEqualTo(ledger.cycle().loanFund().add(mad("100")));
        assertThat(fixed.recordedOpening()).isEqualTo(opening());
        assertThat(fixed.cycle().opening()).isEqualTo(carried);
        Opening unbalanced = Opening.builder(c.currency(), 1).loanFundCash(mad("7")).build();
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> ledger.record(Entry.correctingOpening("o2", unbalanced, "x", "y")))
                .satisfies(e -> assertThat(e.entry()).contains("o2"))
                .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.OPENING_BALANCE));
    }

    @Test
    void readme_the_group_digitised_at_meeting_21_with_a_corrected_repayment() {
        Constitution rules = c;
        Opening opening = Opening.builder(rules.currency(), 21)
                .loanFundCash(Money.of(820, "MAD")).socialFund(Money.of(60, "MAD")).earnedBefore(Money.of(120, "MAD"))
                .member(Member.of("a", "A"), 40).member(Member.of("b", "B"), 25).member(Member.of("c", "C"), 35)
                .loan("b", Money.of(300, "MAD"), Money.of(300, "MAD"), Money.of(30, "MAD"), 18, 30)
                .build();
        Ledger book = Ledger.start(rules, opening)
                .record(Entry.of("tel-1:1", new Event.MeetingOpened(21, LocalDate.of(2026, 5, 25))))
                .record(Entry.of("tel-1:2", new Event.LoanRepaid(21, MemberId.of("b"), Money.of(300, "MAD"))));
        book = book.record(Entry.correcting("tel-1:3", "tel-1:2", new Event.LoanRepaid(21, MemberId.of("b"),
                Money.of(330, "MAD")), "the committee", "the receipt shows 330"));
        ShareOut today = book.cycle().shareOutToday();
        assertThat(today.line("a").net()).isEqualTo(mad("460"));
        assertThat(today.line("b").net()).isEqualTo(mad("287.50"));
        assertThat(today.line("c").net()).isEqualTo(mad("402.50"));
        Ledger otherPhone = Ledger.start(rules, opening).record(book.entries().get(0));
        assertThat(Ledger.merge(book, otherPhone).conflicts()).isEmpty();
        assertThat(Ledger.merge(book, otherPhone).ledger()).contains(book);
    }

    // ---- identity

    @Test
    void the_same_entry_twice_is_one_entry_and_one_identity_with_other_content_is_refused() {
        Ledger ledger = Ledger.start(c, opening()).recordAll(sixMeetings());
        assertThat(ledger.record(sixMeetings().get(3))).isSameAs(ledger);
        assertThat(ledger.recordAll(sixMeetings())).isSameAs(ledger);
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> ledger.record(Entry.of("b3", new Event.SharesBought(6, B, 1))))
                .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.ENTRY_IDENTITY))
                .withMessageContaining("entry 'b3' is already in the record with other content");
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> ledger.record(Entry.voiding("v", "nothing", "x", "y")))
                .satisfies(e -> assertThat(e.rule()).isEqualTo(Rule.ENTRY_CORRECTION));
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Entry.of(" x", sixMeetings().get(0).event().get()));
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Entry.voiding("v", "x", "a\nb", "y"));
        // a refused entry is named
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> ledger.record(Entry.of("big", new Event.LoanIssued(6, B, mad("100000"), 1))))
                .satisfies(e -> assertThat(e.entry()).contains("big"));
    }

    @Test
    void two_futures_of_one_ledger_do_not_see_each_other() {
        Ledger parent = Ledger.start(c, opening()).recordAll(sixMeetings());
        Ledger x = parent.record(Entry.of("x", new Event.SharesBought(6, B, 1)));
        Ledger y = parent.record(Entry.of("y", new Event.SharesBought(6, B, 2)));
        Ledger x2 = x.record(Entry.of("x2", new Event.Attendance(6, B, Event.Presence.PRESENT)));
        assertThat(parent.entries()).hasSize(13);
        assertThat(parent.entry("x")).isEmpty();
        assertThat(x.entry("y")).isEmpty();
        assertThat(y.entry("x")).isEmpty();
        assertThat(x.entries()).hasSize(14).last().extracting(Entry::id).isEqualTo("x");
        assertThat(y.entries()).hasSize(14).last().extracting(Entry::id).isEqualTo("y");
        assertThat(x2.entries()).hasSize(15);
        assertThat(x.eventIds()).hasSize(14);
        assertThat(y.cycle().member("b").shares()).isEqualTo(27);
        // y may take the identity x has: they are different records
        assertThat(y.record(Entry.of("x", new Event.Attendance(6, A, Event.Presence.LATE))).entry("x")).isPresent();
    }

    @Test
    void threads_extending_one_ledger_at_once_each_get_their_own_record() throws Exception {
        Ledger parent = Ledger.start(c, opening()).recordAll(sixMeetings());
        int threads = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Ledger>> futures = new ArrayList<>();
            for (int t = 0; t < 40; t++) {
                String id = "t" + t;
                futures.add(pool.submit(() -> {
                    go.await();
                    return parent.record(Entry.of(id, new Event.Attendance(6, A, Event.Presence.PRESENT)));
                }));
            }
            go.countDown();
            for (int t = 0; t < futures.size(); t++) {
                Ledger l = futures.get(t).get();
                assertThat(l.entries()).hasSize(14).last().extracting(Entry::id).isEqualTo("t" + t);
                assertThat(l.eventIds()).hasSize(14).last().isEqualTo("t" + t);
            }
            assertThat(parent.entries()).hasSize(13);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- two phones

    @Test
    void two_phones_merge_the_same_entry_once_and_their_own_entries_in_meeting_order() {
        List<Entry> shared = sixMeetings();
        Ledger phoneA = Ledger.start(c, opening()).recordAll(shared)
                .record(Entry.of("A:repay", new Event.LoanRepaid(6, A, mad("50"))));
        Ledger phoneB = Ledger.start(c, opening()).recordAll(shared)
                .recordAll(List.of(Entry.of("B:open7", new Event.MeetingOpened(7, D.plusWeeks(6))),
                        Entry.of("B:shares7", new Event.SharesBought(7, B, 1))));
        Ledger.Merged ab = Ledger.merge(phoneA, phoneB);
        Ledger.Merged ba = Ledger.merge(phoneB, phoneA);
        assertThat(ab.conflicts()).isEmpty();
        assertThat(ab.entries()).isEqualTo(ba.entries()).hasSize(shared.size() + 3);
        assertThat(ab.entries().subList(shared.size(), shared.size() + 3)).extracting(Entry::id)
                .containsExactly("A:repay", "B:open7", "B:shares7");
        Cycle merged = ab.ledger().orElseThrow().cycle();
        assertThat(merged.meeting()).isEqualTo(7);
        assertThat(merged.member("a").owedOnLoans()).isEqualTo(mad("100"));
        assertThat(Ledger.merge(phoneA, phoneA).ledger()).contains(phoneA);
    }

    @Test
    void what_only_one_phone_has_goes_in_meeting_order_the_opening_first_then_by_identity_corrections_last() {
        List<Entry> shared = sixMeetings();
        Entry aShares = Entry.of("z:shares6", new Event.SharesBought(6, A, 1));
        Entry aOpen = Entry.of("a:open7", new Event.MeetingOpened(7, D.plusWeeks(6)));
        Entry aFix = Entry.correcting("a:fix", "b1", new Event.SharesBought(1, B, 4), "assembly", "recount");
        Entry bAttend = Entry.of("b:attend6", new Event.Attendance(6, B, Event.Presence.PRESENT));
        Entry bOpen7 = Entry.of("b:attend7", new Event.Attendance(7, B, Event.Presence.LATE));
        List<Entry> a = new ArrayList<>(shared);
        a.addAll(List.of(aFix, aShares, aOpen));
        List<Entry> b = new ArrayList<>(shared);
        b.addAll(List.of(bAttend, bOpen7));
        List<Ledger.Conflict> conflicts = new ArrayList<>();
        java.util.Map<String, Entry> ia = new java.util.HashMap<>();
        a.forEach(e -> ia.put(e.id(), e));
        java.util.Map<String, Entry> ib = new java.util.HashMap<>();
        b.forEach(e -> ib.put(e.id(), e));
        List<Entry> ab = Merging.entries(a, b, ia, ib, conflicts);
        assertThat(conflicts).isEmpty();
        // a's correction was written at meeting 6 (after its loan): with the entries of meeting 6 by identity (a:fix,
        // b:attend6, z:shares6), then the opening of 7 before 7's attendance
        assertThat(ab.subList(shared.size(), ab.size())).extracting(Entry::id)
                .containsExactly("a:fix", "b:attend6", "z:shares6", "a:open7", "b:attend7");
        assertThat(Merging.entries(b, a, ib, ia, conflicts)).isEqualTo(ab);
        Ledger merged = Ledger.start(c, opening()).recordAll(ab);
        assertThat(merged.cycle().member("b").shares()).as("25 - 5 + 4").isEqualTo(24);
    }

    @Test
    void two_phones_that_opened_meeting_7_differently_are_a_conflict_with_both_versions() {
        List<Entry> shared = sixMeetings();
        Entry aOpen = Entry.of("A:open7", new Event.MeetingOpened(7, D.plusWeeks(6)));
        Entry bOpen = Entry.of("B:open7", new Event.MeetingOpened(7, D.plusWeeks(6)));
        Ledger phoneA = Ledger.start(c, opening()).recordAll(shared).record(aOpen);
        Ledger phoneB = Ledger.start(c, opening()).recordAll(shared).record(bOpen);
        Ledger.Merged m = Ledger.merge(phoneA, phoneB);
        assertThat(m.ledger()).isEmpty();
        assertThat(m.conflicts()).singleElement().satisfies(x -> {
            assertThat(x.what()).isEqualTo("meeting 7 is opened twice");
            assertThat(x.first()).contains(aOpen);
            assertThat(x.second()).contains(bOpen);
        });
        // the same identity with other content
        Ledger other = Ledger.start(c, opening()).recordAll(shared.subList(0, 3))
                .record(Entry.of("b2", new Event.SharesBought(2, B, 4)));
        assertThat(Ledger.merge(phoneA, other).conflicts()).extracting(Ledger.Conflict::what)
                .contains("entry 'b2' is in both records with other content");
        // two different corrections of one entry
        Ledger fixA = phoneA.record(Entry.correcting("A:fix", "b1", new Event.SharesBought(1, B, 4), "x", "y"));
        Ledger fixB = phoneA.record(Entry.correcting("B:fix", "b1", new Event.SharesBought(1, B, 3), "x", "y"));
        assertThat(Ledger.merge(fixA, fixB).conflicts()).extracting(Ledger.Conflict::what)
                .containsExactly("entry 'b1' is corrected differently in each record");
    }
}
