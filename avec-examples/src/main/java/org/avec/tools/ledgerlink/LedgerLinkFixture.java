package org.avec.tools.ledgerlink;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.money.MonetaryAmount;
import org.avec.Constitution;
import org.avec.Cycle;
import org.avec.Event;
import org.avec.LoanPolicy;
import org.avec.LoanStatement;
import org.avec.Member;
import org.avec.MemberAccount;
import org.avec.MemberId;
import org.avec.Opening;
import org.avec.RuleViolationException;
import org.javamoney.moneta.Money;

/**
 * Ledger Link databases made from simulated avec cycles, for tests and samples (no real group's database is ever
 * used: they may hold people's data). {@link #simulate} runs a group under rules Ledger Link can record (UGX, shares
 * of 2,000, a welfare contribution, interest charged once per period, up front, fines of 500 for coming late, a bank
 * account and a loan from the bank); {@link #write} writes its rows into a new SQLite file with avec's own DDL
 * ({@link LedgerLinkSchema}), as Ledger Link keeps them: savings as money, interest added to a loan's balance at
 * issue and at each rollover, repayments with their balances, fines paid all at once.
 */
public final class LedgerLinkFixture {

    private LedgerLinkFixture() {}

    /** The rules of the simulated groups, as the importer reads them back. */
    static Constitution rules(int meetings, boolean bank) {
        Constitution.Builder b = Constitution.builder(Money.of(2000, "UGX")).sharesPerMeeting(1, 5)
                .socialFund(Money.of(1000, "UGX")).meetings(Constitution.Frequency.WEEKLY, meetings)
                .cashUnit(Money.of(1, "UGX")).fine("late_500", Money.of(500, "UGX"))
                .loans(LoanPolicy.builder().serviceCharge(new BigDecimal("0.1"), 1, LoanPolicy.ChargingMethod.UP_FRONT)
                        .maxTermPeriods(3).closingMeetings(0).maxMultipleOfSavings(BigDecimal.TEN).maxLoansAtOnce(1)
                        .rounding(RoundingMode.HALF_UP, LoanPolicy.ChargeRoundingUnit.CASH_UNIT).build())
                .shareOut(org.avec.ShareOutPolicy.builder().leaverLoans(org.avec.ShareOutPolicy.LeaverLoans
                        .NET_FROM_SETTLEMENT).outstandingLoans(org.avec.ShareOutPolicy.OutstandingLoans
                        .DEDUCT_FROM_PAYOUT).build());
        if (bank) {
            b.place("bank");
        }
        return b.build();
    }

    private static Cycle tried(Cycle c, java.util.function.UnaryOperator<Cycle> action) {
        try {
            return action.apply(c);
        } catch (RuleViolationException refused) {
            return c;
        }
    }

    /**
     * A group of {@code members} over {@code meetings} weekly meetings, run at random by the rules: attendance, shares,
     * welfare, late fines paid at once or at the next meeting, loans of 1 to 3 periods (rolled over, in Ledger Link's
     * words), repayments, a member who leaves, and, if {@code bank}, cash saved at and brought from the bank and a loan
     * from the bank. With {@code setUp}, the group started its records at its third meeting: the first two are its
     * set-up.
     *
     * @param seed the random seed
     * @param members 2 to 30
     * @param meetings 6 to 52
     * @param bank whether the group banks and borrows from the bank
     * @param setUp whether the books open at meeting 2 with a set-up
     * @return the cycle at its share-out meeting
     */
    public static Cycle simulate(long seed, int members, int meetings, boolean bank, boolean setUp) {
        SplittableRandom r = new SplittableRandom(seed);
        Constitution c = rules(meetings, bank);
        List<Member> founders = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            founders.add(Member.of(Integer.toString(i + 1), NAMES[i % NAMES.length] + (i < NAMES.length ? "" : " " + i)));
        }
        Cycle cy;
        int start = 1;
        if (setUp) {
            // a set-up at meeting 1: each member's shares so far, one loan still owed, the welfare fund
            Opening.Builder o = Opening.builder(c.currency(), 2).socialFund(Money.of(1000L * members, "UGX"));
            long saved = 0;
            for (Member m : founders) {
                long k = 1 + r.nextInt(5);
                o.member(m, k);
                saved += 2000 * k;
            }
            long lent = Math.min(saved / 2, 4000);
            o.loan(founders.get(0).id().value(), Money.of(lent, "UGX"), Money.of(lent, "UGX"), Money.of(lent / 10, "UGX"),
                    1, 3);
            o.loanFundCash(Money.of(saved - lent + 500, "UGX")).earnedBefore(Money.of(500, "UGX"));
            cy = Cycle.start(c, o.build());
            start = 2;
        } else {
            cy = Cycle.start(c, Money.of(0, "UGX"), Money.of(0, "UGX"), founders);
        }
        LocalDate day = LocalDate.of(2026, 1, 6);
        Map<MemberId, Integer> fineDue = new HashMap<>();
        for (int m = start; m <= meetings; m++) {
            cy = cy.openMeeting(day.plusWeeks(m - 1));
            int now = m;
            if (bank && m > start && r.nextInt(4) == 0 && cy.balance().cash().get("bank").isPositive()) {
                Cycle x = cy;
                cy = tried(cy, y -> y.moveCash("bank", Constitution.BOX, x.balance().cash().get("bank")));
            }
            if (bank && m == start + 1) {
                cy = cy.receiveGroupLoan("the bank", Constitution.BOX, Money.of(20000, "UGX"));
            }
            for (MemberAccount a : cy.members()) {
                if (!a.isActive()) {
                    continue;
                }
                String id = a.id().value();
                boolean present = r.nextInt(10) != 0;
                cy = cy.attend(id, present ? Event.Presence.PRESENT : Event.Presence.ABSENT);
                if (m < meetings) {
                    cy = tried(cy, y -> y.buyShares(id, 1 + r.nextInt(5)));
                    cy = tried(cy, y -> y.paySocialFund(id));
                }
                if (fineDue.containsKey(a.id())) {
                    fineDue.remove(a.id());
                    cy = tried(cy, y -> y.payFine(id, Money.of(500, "UGX")));
                }
                if (present && r.nextInt(8) == 0) {
                    cy = tried(cy, y -> y.fine(id, "late_500"));
                    if (r.nextBoolean()) {
                        cy = tried(cy, y -> y.payFine(id, Money.of(500, "UGX")));
                    } else {
                        fineDue.put(a.id(), now);
                    }
                }
                MonetaryAmount owed = cy.member(id).owedOnLoans();
                if (owed.isPositive() && r.nextInt(3) == 0) {
                    MonetaryAmount pay = r.nextBoolean() ? owed : owed.divide(2).with(org.javamoney.moneta.function
                            .MonetaryOperators.rounding(0));
                    cy = tried(cy, y -> y.repay(id, pay.isPositive() ? pay : owed));
                }
                if (!cy.member(id).owedOnLoans().isPositive() && m < meetings - 1 && r.nextInt(5) == 0) {
                    long cap = cy.borrowingCapacity(id).getNumber().longValue();
                    long principal = Math.min(cap, 1000L * (2 + r.nextInt(20)));
                    int term = 1 + r.nextInt(Math.min(3, meetings - m));
                    if (principal > 0) {
                        cy = tried(cy, y -> y.lend(id, Money.of(principal, "UGX"), term));
                    }
                }
            }
            if (m == meetings - 1) {
                // everyone repays before the share-out
                for (MemberAccount a : cy.members()) {
                    if (a.isActive() && a.owedOnLoans().isPositive()) {
                        cy = tried(cy, y -> y.repayAll(a.id().value()));
                    }
                }
                if (bank) {
                    Cycle x = cy;
                    cy = tried(cy, y -> y.repayGroupLoan("the bank", Constitution.BOX, Money.of(20000, "UGX"),
                            Money.of(0, "UGX")));
                    if (x == cy) {
                        cy = tried(cy, y -> y.repayGroupLoan("the bank", Constitution.BOX,
                                y.balance().cash().get(Constitution.BOX).isGreaterThan(Money.of(10000, "UGX"))
                                        ? Money.of(10000, "UGX") : Money.of(1, "UGX"), Money.of(0, "UGX")));
                    }
                }
            }
            if (m == meetings / 2 && cy.members().size() > 2) {
                String leaver = cy.members().get(cy.members().size() - 1).id().value();
                cy = tried(cy, y -> y.leave(leaver));
            }
            if (bank && m < meetings - 1 && r.nextInt(3) == 0) {
                long box = cy.balance().cash().get(Constitution.BOX).getNumber().longValue();
                if (box > 4000) {
                    cy = cy.moveCash(Constitution.BOX, "bank", Money.of(box / 4, "UGX"));
                }
            }
        }
        if (bank && cy.balance().cash().get("bank").isPositive()) {
            // the bank's cash is brought for the share-out: recorded at its meeting, before anything else
            // (the share-out itself pays from every place)
        }
        return cy;
    }

    private static final String[] NAMES = {"Nakato Grace", "Achieng Mary", "Nabirye Ruth", "Akello Joy", "Namusoke Jane",
        "Auma Esther", "Nansubuga Faith", "Apio Sarah", "Kyomuhendo Rose", "Adong Betty"};

    /** What a fixture holds besides the group's own records: faults planted for the hostile tests. */
    public enum Variant {
        /** As Ledger Link writes it. */
        CLEAN,
        /** A database of before 2018-09: no Welfare table, no TypeOfInterest, LoanFromBank or BankLoanRepayment. */
        OLDER
    }

    /**
     * Writes a cycle as Ledger Link's rows into a new SQLite file.
     *
     * @param cycle a cycle under {@link #rules}, at any meeting
     * @param file a file that does not exist yet
     * @param variant the schema to write
     * @throws IOException if the file exists or cannot be written
     */
    public static void write(Cycle cycle, Path file, Variant variant) throws IOException {
        if (Files.exists(file)) {
            throw new IOException(file + " exists: a fixture is written into a new file");
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            db.setAutoCommit(false);
            LedgerLinkSchema.create(db, variant == Variant.OLDER);
            new Writer(db, cycle, variant == Variant.OLDER).write();
            db.commit();
        } catch (SQLException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The rows of one cycle. */
    private static final class Writer {
        final Connection db;
        final Cycle cycle;
        final boolean older;
        final Map<Integer, Long> meetingIds = new HashMap<>();
        final Map<Integer, LocalDate> dates = new HashMap<>();
        final Map<MemberId, Long> memberIds = new LinkedHashMap<>();

        Writer(Connection db, Cycle cycle, boolean older) {
            this.db = db;
            this.cycle = cycle;
            this.older = older;
        }

        long insert(String table, Object... pairs) throws SQLException {
            StringBuilder cols = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            for (int i = 0; i < pairs.length; i += 2) {
                cols.append(i == 0 ? "" : ", ").append(pairs[i]);
                marks.append(i == 0 ? "?" : ", ?");
            }
            try (PreparedStatement p = db.prepareStatement("INSERT INTO " + table + " (" + cols + ") VALUES (" + marks
                    + ")", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 1; i < pairs.length; i += 2) {
                    p.setObject(i / 2 + 1, pairs[i]);
                }
                p.executeUpdate();
                try (java.sql.ResultSet k = p.getGeneratedKeys()) {
                    k.next();
                    return k.getLong(1);
                }
            }
        }

        static Object amount(MonetaryAmount a) {
            // whole values are stored as integers, as Ledger Link's doubles are by SQLite's NUMERIC affinity
            BigDecimal d = a.getNumber().numberValue(BigDecimal.class);
            return d.stripTrailingZeros().scale() <= 0 ? (Object) d.longValueExact() : (Object) d.doubleValue();
        }

        static String stamp(LocalDate d) {
            return d + " 10:00:00.000";
        }

        void write() throws SQLException {
            Constitution c = cycle.constitution();
            Opening o = cycle.opening();
            boolean setUp = o.firstMeeting() > 1;
            List<Event> events = cycle.events();
            LocalDate first = null;
            for (Event e : events) {
                if (e instanceof Event.MeetingOpened m) {
                    dates.put(m.meeting(), m.date());
                    first = first == null ? m.date() : first;
                }
            }
            LocalDate lastDate = cycle.date();
            BigDecimal earned = o.earnedBefore().getNumber().numberValue(BigDecimal.class);
            long cycleId = insert("VslaCycles", "CycleCode", "2026-1", "StartDate", stamp(first), "EndDate",
                    stamp(lastDate), "SharePrice", amount(c.shareValue()), "MaxShareQuantity", c.maxSharesPerMeeting(),
                    "MaxStartShare", 0, "InterestRate", c.loans().rate().movePointRight(2).stripTrailingZeros()
                            .toPlainString(), "IsActive", 0, "IsEnded", 1, "DateEnded", stamp(lastDate),
                    "SharedAmount", 0, "InterestAtSetup", earned.longValue(), "FinesAtSetup", 0);
            if (!older) {
                try (java.sql.Statement s = db.createStatement()) {
                    s.executeUpdate("UPDATE VslaCycles SET TypeOfInterest = '0' WHERE _id = " + cycleId);
                }
            }
            if (setUp) {
                LocalDate d = first.minusWeeks(1);
                dates.put(1, d);
                meetingIds.put(1, insert("Meetings", "CycleId", cycleId, "MeetingDate", stamp(d), "IsStartOfCycle", 1,
                        "IsEndOfCycle", 0, "IsCurrent", 0, "IsGettingStartedWizard", 1, "IsMarkedForDeletion", 0));
            }
            // the bank's money, by meeting
            Map<Integer, long[]> bank = new HashMap<>();
            for (Event e : events) {
                long[] b = bank.computeIfAbsent(e.meeting(), k -> new long[4]);
                if (e instanceof Event.CashMoved mv) {
                    b[mv.to().equals("bank") ? 1 : 0] += ((BigDecimal) mv.amount().getNumber().numberValue(BigDecimal.class))
                            .longValue();
                } else if (e instanceof Event.GroupLoanReceived g) {
                    b[2] += g.amount().getNumber().longValue();
                } else if (e instanceof Event.GroupLoanRepaid g) {
                    b[3] += g.amount().getNumber().longValue();
                }
            }
            for (Event e : events) {
                if (e instanceof Event.MeetingOpened m) {
                    long[] b = bank.getOrDefault(m.meeting(), new long[4]);
                    List<Object> cols = new ArrayList<>(List.of("CycleId", cycleId, "MeetingDate", stamp(m.date()),
                            "IsStartOfCycle", m.meeting() == 1 ? 1 : 0, "IsEndOfCycle", m.meeting() == c.meetings() ? 1 : 0,
                            "IsCurrent", 0, "IsGettingStartedWizard", 0, "IsMarkedForDeletion", 0,
                            "CashFromBank", b[0], "CashSavedBank", b[1], "LoanTopUps", 0));
                    if (!older) {
                        cols.addAll(List.of("LoanFromBank", b[2], "BankLoanRepayment", b[3]));
                    }
                    meetingIds.put(m.meeting(), insert("Meetings", cols.toArray()));
                }
            }
            // members: the founders, then those who joined
            List<MemberAccount> all = cycle.members();
            int no = 1;
            for (MemberAccount a : all) {
                boolean left = !a.isActive();
                LocalDate joined = a.joinedAt() <= 1 ? (setUp ? dates.get(1) : first) : dates.get(a.joinedAt());
                memberIds.put(a.id(), insert("Members", "MemberNo", left ? 0 : no++, "Surname", a.name(), "OtherNames",
                        "", "Gender", "F", "DateJoined", stamp(joined), "DateLeft", left ? stamp(dates.get(a.leftAt())) : "",
                        "HasLeft", left ? 1 : 0, "SavingsAtRegistration", 0, "LoanBalanceAtRegistration", 0,
                        "PhoneNo", "+256700000" + (100 + no)));
            }
            // the set-up: each member's savings so far, the welfare fund, the loans still owed
            if (setUp) {
                long meeting = meetingIds.get(1);
                for (Opening.Position p : o.positions()) {
                    if (p.shares() > 0) {
                        insert("Savings", "MeetingId", meeting, "MemberId", memberIds.get(p.member().id()), "Amount",
                                amount(c.shareValue().multiply(p.shares())));
                    }
                }
                if (!older && o.socialFund().isPositive()) {
                    insert("Welfare", "MeetingId", meeting, "MemberId", memberIds.values().iterator().next(), "Amount",
                            amount(o.socialFund()));
                }
            }
            // savings and welfare: one row per member per meeting
            Map<String, long[]> saved = new LinkedHashMap<>();
            for (Event e : events) {
                if (e instanceof Event.SharesBought s) {
                    saved.computeIfAbsent(s.meeting() + "/" + s.member().value(), k -> new long[1])[0] += s.shares();
                } else if (e instanceof Event.SocialFundPaid s && !older) {
                    insert("Welfare", "MeetingId", meetingIds.get(s.meeting()), "MemberId", memberIds.get(s.member()),
                            "Amount", amount(s.amount()));
                } else if (e instanceof Event.Attendance a) {
                    insert("Attendance", "MeetingId", meetingIds.get(a.meeting()), "MemberId", memberIds.get(a.member()),
                            "IsPresent", a.presence() == Event.Presence.ABSENT ? 0 : 1);
                }
            }
            for (Map.Entry<String, long[]> s : saved.entrySet()) {
                String[] k = s.getKey().split("/", 2);
                insert("Savings", "MeetingId", meetingIds.get(Integer.parseInt(k[0])), "MemberId",
                        memberIds.get(MemberId.of(k[1])), "Amount", amount(c.shareValue().multiply(s.getValue()[0])));
            }
            fines(events);
            loans(c, o, events);
        }

        void fines(List<Event> events) throws SQLException {
            // a fine is paid all at once, in the meeting of its payment
            Map<MemberId, List<Long>> unpaid = new HashMap<>();
            for (Event e : events) {
                if (e instanceof Event.FineCharged f) {
                    long id = insert("Fines", "MeetingId", meetingIds.get(f.meeting()), "MemberId", memberIds.get(f.member()),
                            "FineTypeId", 2, "Amount", 500, "IsDeleted", 0, "IsCleared", 0);
                    unpaid.computeIfAbsent(f.member(), k -> new ArrayList<>()).add(id);
                } else if (e instanceof Event.FinePaid p) {
                    List<Long> due = unpaid.get(p.member());
                    if (due != null && !due.isEmpty()) {
                        long id = due.remove(0);
                        try (java.sql.Statement s = db.createStatement()) {
                            s.executeUpdate("UPDATE Fines SET IsCleared = 1, PaidInMeetingId = "
                                    + meetingIds.get(p.meeting()) + " WHERE _id = " + id);
                        }
                    }
                }
            }
        }

        void loans(Constitution c, Opening o, List<Event> events) throws SQLException {
            // each loan from its statement: interest at issue (rate x principal) and at each later period (a rollover)
            List<LoanStatement> statements = cycle.loans();
            Map<MemberId, List<long[]>> open = new HashMap<>();
            int k = 0;
            for (Opening.Loan l : o.loans()) {
                LoanStatement st = statements.get(k++);
                long balance = st.owed().getNumber().longValue();
                long id = insert("LoanIssues", "LoanNo", k, "MeetingId", meetingIds.get(1), "MemberId",
                        memberIds.get(l.member()), "PrincipalAmount", l.principal(), "InterestAmount", l.chargesDue(),
                        "Balance", balance, "DateDue", stamp(dates.get(l.dueMeeting())), "TotalRepaid", 0, "IsDefaulted",
                        0, "IsCleared", balance == 0 ? 1 : 0, "IsWrittenOff", 0);
                open.computeIfAbsent(l.member(), x -> new ArrayList<>()).add(new long[] {id,
                        l.principal() + l.chargesDue()});
            }
            for (Event e : events) {
                if (e instanceof Event.LoanIssued li) {
                    LoanStatement st = statements.get(k++);
                    long principal = li.principal().getNumber().longValue();
                    long each = c.loans().rate().multiply(BigDecimal.valueOf(principal)).setScale(0, RoundingMode.HALF_UP)
                            .longValue();
                    long balance = st.owed().getNumber().longValue();
                    long id = insert("LoanIssues", "LoanNo", k, "MeetingId", meetingIds.get(li.meeting()), "MemberId",
                            memberIds.get(li.member()), "PrincipalAmount", principal, "InterestAmount", each,
                            "Balance", balance, "DateDue", stamp(dates.getOrDefault(li.meeting() + 1, cycle.date())),
                            "TotalRepaid", 0, "IsDefaulted", 0, "IsCleared", balance == 0 ? 1 : 0, "IsWrittenOff", 0);
                    // rollovers: one per period after the first, at each later meeting, each the rate on the principal
                    for (int t = 1; t < li.termPeriods(); t++) {
                        insert("LoanRepayments", "LoanId", id, "MemberId", memberIds.get(li.member()), "MeetingId",
                                meetingIds.get(li.meeting() + t), "Amount", 0, "InterestAmount", each, "RollOverAmount",
                                each);
                    }
                    open.computeIfAbsent(li.member(), x -> new ArrayList<>()).add(new long[] {id,
                            principal + each * li.termPeriods()});
                } else if (e instanceof Event.LoanRepaid rp) {
                    List<long[]> mine = open.get(rp.member());
                    long amount = rp.amount().getNumber().longValue();
                    long[] l = mine.get(0);
                    long before = l[1];
                    l[1] -= amount;
                    insert("LoanRepayments", "LoanId", l[0], "MemberId", memberIds.get(rp.member()), "MeetingId",
                            meetingIds.get(rp.meeting()), "Amount", amount, "BalanceBefore", before, "BalanceAfter", l[1],
                            "InterestAmount", 0, "RollOverAmount", 0);
                    if (l[1] <= 0) {
                        mine.remove(0);
                    }
                } else if (e instanceof Event.MemberLeft left) {
                    // a leaver's loans are repaid from her settlement: Ledger Link shows it as her repayment
                    for (long[] l : open.getOrDefault(left.member(), List.of())) {
                        if (l[1] > 0) {
                            insert("LoanRepayments", "LoanId", l[0], "MemberId", memberIds.get(left.member()), "MeetingId",
                                    meetingIds.get(left.meeting()), "Amount", l[1], "BalanceBefore", l[1],
                                    "BalanceAfter", 0, "InterestAmount", 0, "RollOverAmount", 0);
                            l[1] = 0;
                        }
                    }
                }
            }
        }
    }

    /**
     * Writes a database's cycle as the JSON submissions Ledger Link's phone sends, one per meeting as it is sent right
     * after the meeting ({@code {"FileSubmission":[...]}}, every number as Java's {@code String.valueOf(double)}): the
     * members listed then, the meeting's totals and rows, each loan with its balance then, each fine charged or paid at
     * the meeting under the meeting's id with its state then (as the later app sends them; the earlier sent only the
     * fines charged, not paid and of type 0), and a pass key, IMEI and phone numbers that the reader must never keep.
     *
     * @param database a database written by {@link #write}
     * @param file a file that does not exist yet
     * @param finesState false to send fines as the earlier app did: those charged at the meeting, without their state
     * @param resent true to send every meeting again at the end, with the fines' and loans' state then
     * @throws IOException if the file exists or cannot be written
     */
    public static void writeSubmissions(Path database, Path file, boolean finesState, boolean resent)
            throws IOException {
        if (Files.exists(file)) {
            throw new IOException(file + " exists: a fixture is written into a new file");
        }
        LedgerLinkDatabase d = LedgerLinkDatabase.read(database);
        if (d.hasFaults()) {
            throw new IOException(database + " is not a fixture database: " + d.findings.get(0));
        }
        StringBuilder out = new StringBuilder();
        try (com.fasterxml.jackson.core.JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory()
                .createGenerator(new java.io.Writer() {
                    @Override
                    public void write(char[] c, int off, int len) {
                        out.append(c, off, len);
                    }

                    @Override
                    public void flush() {}

                    @Override
                    public void close() {}
                })) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("FileSubmission");
            List<LedgerLinkDatabase.Row> meetings = new ArrayList<>(d.rows("Meetings"));
            meetings.sort(java.util.Comparator.comparing((LedgerLinkDatabase.Row m) -> d.date(m, "MeetingDate"))
                    .thenComparingLong(LedgerLinkDatabase.Row::id));
            for (LedgerLinkDatabase.Row m : meetings) {
                submission(g, d, m, finesState, false);
            }
            if (resent) {
                for (LedgerLinkDatabase.Row m : meetings) {
                    submission(g, d, m, finesState, true);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        Files.writeString(file, out.append('\n').toString(), java.nio.charset.StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE_NEW);
    }

    private static String dbl(BigDecimal d) {
        return String.valueOf(d == null ? 0.0 : d.doubleValue());
    }

    private static String day(LedgerLinkDatabase d, LedgerLinkDatabase.Row r, String column) {
        LocalDate x = d.date(r, column);
        return x == null ? "" : x.toString();
    }

    private static void submission(com.fasterxml.jackson.core.JsonGenerator g, LedgerLinkDatabase d,
            LedgerLinkDatabase.Row m, boolean finesState, boolean atEnd) throws IOException {
        LocalDate date = d.date(m, "MeetingDate");
        long id = m.id();
        java.util.function.Predicate<LedgerLinkDatabase.Row> here = r -> java.util.Objects.equals(d.whole(r,
                "MeetingId"), id);
        Map<Long, LocalDate> dates = new HashMap<>();
        for (LedgerLinkDatabase.Row x : d.rows("Meetings")) {
            dates.put(x.id(), d.date(x, "MeetingDate"));
        }
        java.util.function.Predicate<LedgerLinkDatabase.Row> byThen = r -> {
            LocalDate at = dates.get(d.whole(r, "MeetingId"));
            return at != null && !at.isAfter(date);
        };
        LedgerLinkDatabase.Row cycle = d.rows("VslaCycles").get(0);
        g.writeStartObject();
        g.writeObjectFieldStart("HeaderInfo");
        g.writeStringField("FinancialInstitution", "FIXTURE BANK");
        g.writeStringField("VslaCode", "AVEC-FIXTURE");
        g.writeStringField("PhoneImei", "356938035643809");
        g.writeStringField("NetworkOperator", "Fixture Telecom");
        g.writeStringField("NetworkType", "LTE");
        g.writeStringField("PassKey", "FIXTURE-PASSKEY-4711");
        g.writeStringField("AppVersion", "fixture");
        g.writeEndObject();
        g.writeObjectFieldStart("VslaCycleInfo");
        g.writeStringField("CycleId", Long.toString(cycle.id()));
        g.writeStringField("StartDate", day(d, cycle, "StartDate"));
        g.writeStringField("EndDate", day(d, cycle, "EndDate"));
        g.writeStringField("SharePrice", dbl(d.number(cycle, "SharePrice")));
        g.writeStringField("MaxShareQty", Long.toString(d.whole(cycle, "MaxShareQuantity")));
        g.writeStringField("MaxStartShare", dbl(d.number(cycle, "MaxStartShare")));
        g.writeStringField("InterestRate", dbl(d.number(cycle, "InterestRate")));
        g.writeEndObject();
        g.writeArrayFieldStart("MembersInfo");
        for (LedgerLinkDatabase.Row p : d.rows("Members")) {
            LocalDate joined = d.date(p, "DateJoined");
            LocalDate left = d.date(p, "DateLeft");
            if (joined != null && joined.isAfter(date)) {
                continue;
            }
            boolean gone = d.flag(p, "HasLeft") && (left == null || !left.isAfter(date));
            g.writeStartObject();
            g.writeStringField("MemberId", Long.toString(p.id()));
            g.writeStringField("MemberNo", Long.toString(gone ? 0 : p.id()));
            g.writeStringField("Surname", d.text(p, "Surname"));
            g.writeStringField("OtherNames", d.text(p, "OtherNames"));
            g.writeStringField("Gender", d.text(p, "Gender"));
            g.writeStringField("DateOfBirth", "1990-01-01");
            g.writeStringField("Occupation", "farmer");
            g.writeStringField("PhoneNumber", "0772000" + (100 + p.id()));
            g.writeStringField("CyclesCompleted", "0");
            g.writeBooleanField("IsActive", !gone);
            g.writeBooleanField("IsArchived", false);
            g.writeEndObject();
        }
        g.writeEndArray();
        BigDecimal savings = BigDecimal.ZERO;
        BigDecimal repaid = BigDecimal.ZERO;
        BigDecimal issued = BigDecimal.ZERO;
        BigDecimal welfare = BigDecimal.ZERO;
        BigDecimal fines = BigDecimal.ZERO;
        for (LedgerLinkDatabase.Row r : d.rows("Savings")) {
            savings = here.test(r) ? savings.add(d.number(r, "Amount")) : savings;
        }
        for (LedgerLinkDatabase.Row r : d.rows("LoanRepayments")) {
            repaid = here.test(r) ? repaid.add(d.number(r, "Amount")) : repaid;
        }
        for (LedgerLinkDatabase.Row r : d.rows("LoanIssues")) {
            issued = here.test(r) ? issued.add(d.number(r, "PrincipalAmount")) : issued;
        }
        for (LedgerLinkDatabase.Row r : d.rows("Welfare")) {
            welfare = here.test(r) ? welfare.add(d.number(r, "Amount")) : welfare;
        }
        for (LedgerLinkDatabase.Row r : d.rows("Fines")) {
            Long in = d.whole(r, "PaidInMeetingId");
            fines = d.flag(r, "IsCleared") && in != null && in == id ? fines.add(d.number(r, "Amount")) : fines;
        }
        g.writeObjectFieldStart("MeetingInfo");
        g.writeStringField("CycleId", Long.toString(cycle.id()));
        g.writeStringField("MeetingId", Long.toString(id));
        g.writeStringField("MeetingDate", date.toString());
        g.writeStringField("OpeningBalanceBox", dbl(d.number(m, "CashFromBox")));
        g.writeStringField("OpeningBalanceBank", dbl(d.number(m, "CashFromBank")));
        g.writeStringField("Fines", dbl(fines));
        g.writeStringField("MembersPresent", "0");
        g.writeStringField("Savings", dbl(savings));
        g.writeStringField("LoansPaid", dbl(repaid));
        g.writeStringField("LoansIssued", dbl(issued));
        g.writeStringField("ClosingBalanceBox", dbl(d.number(m, "CashSavedBox")));
        g.writeStringField("ClosingBalanceBank", dbl(d.number(m, "CashSavedBank")));
        g.writeStringField("IsCashBookBalanced", "true");
        g.writeStringField("IsDataSent", "false");
        g.writeStringField("LoanFromBank", dbl(d.number(m, "LoanFromBank")));
        g.writeStringField("BankLoanRepayment", dbl(d.number(m, "BankLoanRepayment")));
        g.writeStringField("AttendanceRate", "NaN");
        g.writeStringField("SavingsRate", "Infinity");
        g.writeStringField("Welfare", dbl(welfare));
        g.writeStringField("OutstandingWelfare", "0.0");
        g.writeEndObject();
        g.writeArrayFieldStart("AttendanceInfo");
        for (LedgerLinkDatabase.Row r : d.rows("Attendance")) {
            if (here.test(r)) {
                g.writeStartObject();
                g.writeStringField("AttendanceId", Long.toString(r.id()));
                g.writeStringField("MemberId", Long.toString(d.whole(r, "MemberId")));
                g.writeStringField("IsPresentFlag", Long.toString(d.whole(r, "IsPresent")));
                g.writeStringField("Comments", "");
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("SavingInfo");
        for (LedgerLinkDatabase.Row r : d.rows("Savings")) {
            if (here.test(r)) {
                g.writeStartObject();
                g.writeStringField("SavingId", Long.toString(r.id()));
                g.writeStringField("MemberId", Long.toString(d.whole(r, "MemberId")));
                g.writeStringField("Amount", dbl(d.number(r, "Amount")));
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("FinesInfo");
        for (LedgerLinkDatabase.Row r : d.rows("Fines")) {
            Long in = d.whole(r, "PaidInMeetingId");
            boolean paidHere = d.flag(r, "IsCleared") && in != null && in == id;
            if (here.test(r) || (finesState && paidHere)) {
                LocalDate paidAt = in == null ? null : dates.get(in);
                boolean paid = finesState && d.flag(r, "IsCleared") && paidAt != null && (atEnd || !paidAt.isAfter(date));
                g.writeStartObject();
                g.writeStringField("FineId", Long.toString(r.id()));
                g.writeStringField("MemberId", Long.toString(d.whole(r, "MemberId")));
                g.writeStringField("Amount", dbl(d.number(r, "Amount")));
                g.writeStringField("FineTypeId", finesState ? Long.toString(d.whole(r, "FineTypeId")) : "0");
                g.writeStringField("DateCleared", "");
                g.writeBooleanField("IsCleared", paid);
                g.writeStringField("PaidInMeetingId", paid ? Long.toString(in) : "0");
                g.writeStringField("MeetingId", Long.toString(id));
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("RepaymentsInfo");
        for (LedgerLinkDatabase.Row r : d.rows("LoanRepayments")) {
            if (here.test(r)) {
                g.writeStartObject();
                g.writeStringField("RepaymentId", Long.toString(r.id()));
                g.writeStringField("MemberId", Long.toString(d.whole(r, "MemberId")));
                g.writeStringField("LoanId", Long.toString(d.whole(r, "LoanId")));
                g.writeStringField("Amount", dbl(d.number(r, "Amount")));
                g.writeStringField("BalanceBefore", dbl(d.number(r, "BalanceBefore")));
                g.writeStringField("BalanceAfter", dbl(d.number(r, "BalanceAfter")));
                g.writeStringField("InterestAmount", dbl(d.number(r, "InterestAmount")));
                g.writeStringField("RolloverAmount", dbl(d.number(r, "RollOverAmount")));
                g.writeStringField("Comments", "");
                g.writeStringField("LastDateDue", "");
                g.writeStringField("NextDateDue", "");
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("LoansInfo");
        for (LedgerLinkDatabase.Row l : d.rows("LoanIssues")) {
            if (here.test(l)) {
                // the balance when the meeting was sent: after the loan's last repayment by then
                BigDecimal balance = d.number(l, "PrincipalAmount").add(d.number(l, "InterestAmount"));
                if (atEnd) {
                    balance = d.number(l, "Balance");
                } else {
                    for (LedgerLinkDatabase.Row r : d.rows("LoanRepayments")) {
                        if (java.util.Objects.equals(d.whole(r, "LoanId"), l.id()) && byThen.test(r)) {
                            balance = d.number(r, "BalanceAfter");
                        }
                    }
                }
                g.writeStartObject();
                g.writeStringField("MemberId", Long.toString(d.whole(l, "MemberId")));
                g.writeStringField("LoanId", Long.toString(l.id()));
                g.writeStringField("PrincipalAmount", dbl(d.number(l, "PrincipalAmount")));
                g.writeStringField("InterestAmount", dbl(d.number(l, "InterestAmount")));
                g.writeStringField("TotalRepaid", "0.0");
                g.writeStringField("LoanBalance", dbl(balance));
                g.writeStringField("DateDue", day(d, l, "DateDue"));
                g.writeStringField("Comments", "");
                g.writeStringField("DateCleared", "");
                g.writeBooleanField("IsCleared", balance.signum() <= 0);
                g.writeBooleanField("IsDefaulted", false);
                g.writeBooleanField("IsWrittenOff", false);
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("WelfareInfo");
        for (LedgerLinkDatabase.Row r : d.rows("Welfare")) {
            if (here.test(r)) {
                g.writeStartObject();
                g.writeStringField("WelfareId", Long.toString(r.id()));
                g.writeStringField("MeetingId", Long.toString(id));
                g.writeStringField("MemberId", Long.toString(d.whole(r, "MemberId")));
                g.writeStringField("Amount", dbl(d.number(r, "Amount")));
                g.writeStringField("Comment", "null");
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("OutstandingWelfareInfo");
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * Writes the sample database: a simulated group of 10 over 16 weekly meetings with a bank account.
     *
     * @param args the file to write
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        write(simulate(2026, 10, 16, true, false), Path.of(args[0]), Variant.CLEAN);
    }
}
