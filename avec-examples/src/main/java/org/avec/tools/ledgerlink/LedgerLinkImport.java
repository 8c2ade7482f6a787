package org.avec.tools.ledgerlink;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.avec.Constitution;
import org.avec.Cycle;
import org.avec.Event;
import org.avec.LoanPurpose;
import org.avec.Member;
import org.avec.MemberId;
import org.avec.Opening;
import org.avec.RuleViolationException;
import org.avec.SafeText;
import org.avec.ShareOut;
import org.avec.ShareOutLine;
import org.avec.tools.ledgerlink.LedgerLinkDatabase.Finding;
import org.avec.tools.ledgerlink.LedgerLinkDatabase.Row;
import org.javamoney.moneta.Money;

/**
 * A Ledger Link cycle mapped to avec's constitution and events (Ledger Link's records: the mapping of each table to
 * avec's events), replayed through avec, and set beside Ledger Link's own share-out formula.
 *
 * <p><b>The mapping.</b> The cycle (the last ended one, or the one named) gives the constitution: the share price,
 * the most shares bought at one meeting, the welfare contribution most often paid, the fines seen (one per type and
 * amount, {@code fine.late_500}), the interest rate. Ledger Link charges a loan's interest once, at issue (editable),
 * and again at each rollover: avec charges it up front for one period of one meeting per charge, so that a loan rolled
 * over twice is charged three times the rate. Ledger Link enforces no loan cap, loans at once or closing meetings: the
 * constitution takes avec's largest cap (10 × savings), 5 loans at once, no closing meetings, and says so. It has no
 * currency (its screens print UGX) and no meeting frequency: the currency is given (UGX by default) and the frequency
 * guessed from the dates. A set-up meeting (a group that started its records part-way through its cycle) becomes the
 * books' opening, its meeting counted as meeting 1 on paper. Cash saved at and taken from the bank, and a loan from the
 * bank, become avec's money beyond the box (a place {@code bank}, a lender {@code the bank}).
 *
 * <p><b>Ledger Link's formula</b> (its share-out screen; nothing is saved): E = savings + fines paid + interest charged
 * (at issue and at rollovers), or the total the user typed; each member paid (not archived) gets (her savings ÷ the
 * share price, truncated) × E ÷ (all savings ÷ the share price), shown rounded to a shilling.
 */
final class LedgerLinkImport {

    /** What the import is asked. */
    record Options(Long cycleId, CurrencyUnit currency, BigDecimal typedTotal) {}

    /** One member's two payouts. */
    record Line(String id, String name, boolean paidByLedgerLink, BigDecimal stars, BigDecimal ledgerLinkExact,
            long ledgerLinkShown, long avecShares, MonetaryAmount avecPayout) {}

    /** Ledger Link's figures: E and its parts, and where what it does not pay goes. */
    record Formula(BigDecimal savings, BigDecimal fines, BigDecimal interest, BigDecimal total, BigDecimal stars,
            BigDecimal value, BigDecimal paidExact, long paidShown, BigDecimal lostToTruncation, BigDecimal lostToLeavers,
            BigDecimal interestNotCollected) {}

    /**
     * The import: the constitution's text and the group's cycle (null if it could not be built), the lines, findings.
     * Each event has an entry identity made from the Ledger Link row it comes from ({@code ll:Savings#12}, and
     * {@code ll:Meetings#3/2} for a row's second event): the phone's own row ids, the same in its database and in the
     * submissions it sends, so that two exports of one group's records merge entry by entry.
     */
    record Result(String constitutionText, Constitution constitution, Opening opening, List<Event> events,
            List<String> entries, Cycle cycle, ShareOut shareOut, Formula formula, List<Line> lines,
            List<Finding> findings) {

        boolean faulty() {
            return cycle == null || findings.stream().anyMatch(Finding::fault);
        }
    }

    private final LedgerLinkDatabase db;
    private final Options options;
    private final List<Finding> findings;

    private LedgerLinkImport(LedgerLinkDatabase db, Options options) {
        this.db = db;
        this.options = options;
        this.findings = db.findings;
    }

    static Result run(LedgerLinkDatabase db, Options options) {
        return new LedgerLinkImport(db, options).run();
    }

    private static final MathContext MC = MathContext.DECIMAL64;

    /** A meeting of the cycle: its row, date, and avec's number for it (0 for a set-up meeting). */
    private record Meeting(Row row, LocalDate date, int number) {}

    private Result run() {
        Result none = new Result("", null, null, List.of(), List.of(), null, null, null, List.of(), findings);
        if (db.hasFaults() && db.tables.isEmpty()) {
            return none;
        }
        Row cycle = cycle();
        if (cycle == null) {
            return none;
        }
        BigDecimal price = db.number(cycle, "SharePrice");
        if (price == null || price.signum() <= 0) {
            db.fault("VslaCycles", cycle.id(), "NO_SHARE_PRICE", "the cycle has no share price (SharePrice "
                    + db.text(cycle, "SharePrice") + ")");
            return none;
        }
        // the cycle's meetings, by date and then _id; a meeting marked for deletion is not one
        List<Meeting> meetings = new ArrayList<>();
        Map<Long, Meeting> byId = new HashMap<>();
        java.util.Set<Long> allMeetings = new java.util.HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (Row m : db.rows("Meetings")) {
            allMeetings.add(m.id());
            Long c = db.whole(m, "CycleId");
            if (c != null && c == cycle.id() && !db.flag(m, "IsMarkedForDeletion")) {
                rows.add(m);
            }
        }
        Map<Long, LocalDate> dates = new HashMap<>();
        for (Row m : rows) {
            LocalDate d = db.date(m, "MeetingDate");
            if (d == null) {
                db.fault("Meetings", m.id(), "DATE_MISSING", "the meeting has no date: it cannot be placed in the cycle");
            } else {
                dates.put(m.id(), d);
            }
        }
        rows.removeIf(m -> !dates.containsKey(m.id()));
        rows.sort(Comparator.comparing((Row m) -> dates.get(m.id())).thenComparingLong(Row::id));
        boolean setUp = !rows.isEmpty() && db.flag(rows.get(0), "IsGettingStartedWizard");
        for (int i = 0; i < rows.size(); i++) {
            Row m = rows.get(i);
            if (i > 0 && db.flag(m, "IsGettingStartedWizard")) {
                db.fault("Meetings", m.id(), "SETUP_NOT_FIRST", "a set-up meeting after the cycle's first meeting");
            }
            Meeting x = new Meeting(m, dates.get(m.id()), setUp ? i + 1 : i + 1);
            meetings.add(x);
            byId.put(m.id(), x);
        }
        int held = meetings.size() - (setUp ? 1 : 0);
        if (held < 1) {
            db.fault("VslaCycles", cycle.id(), "NO_MEETINGS", "the cycle has no meeting to replay");
            return none;
        }
        // every row of the tables read must belong to a meeting and a member that exist
        Map<Long, Row> members = new LinkedHashMap<>();
        for (Row m : db.rows("Members")) {
            members.put(m.id(), m);
        }
        Map<String, List<Row>> ofCycle = new LinkedHashMap<>();
        for (String t : List.of("Attendance", "Savings", "Welfare", "Fines", "LoanIssues", "LoanRepayments",
                "OutstandingWelfare")) {
            List<Row> mine = new ArrayList<>();
            for (Row r : db.rows(t)) {
                Long meeting = db.whole(r, "MeetingId");
                Long member = db.whole(r, "MemberId");
                if (meeting == null || !allMeetings.contains(meeting)) {
                    db.fault(t, r.id(), "ORPHAN_ROW", "the row's meeting " + meeting + " is not in Meetings (a deleted"
                            + " meeting leaves its rows behind): its money is in no meeting");
                } else if (member == null || !members.containsKey(member)) {
                    db.fault(t, r.id(), "ORPHAN_ROW", "the row's member " + member + " is not in Members");
                } else if (byId.containsKey(meeting)) {
                    mine.add(r);
                }
            }
            ofCycle.put(t, mine);
        }
        Mapping map = new Mapping(cycle, price, meetings, byId, members, ofCycle, setUp);
        return map.build();
    }

    /** The cycle asked for, or the last ended one, or the active one. */
    private Row cycle() {
        List<Row> cycles = db.rows("VslaCycles");
        if (cycles.isEmpty()) {
            if (db.tables.containsKey("VslaCycles")) {
                db.fault("VslaCycles", null, "NO_CYCLE", "the database holds no cycle");
            }
            return null;
        }
        if (options.cycleId() != null) {
            for (Row c : cycles) {
                if (c.id() == options.cycleId()) {
                    return c;
                }
            }
            db.fault("VslaCycles", options.cycleId(), "NO_CYCLE", "no cycle with _id " + options.cycleId()
                    + " (cycles: " + cycles.stream().map(c -> Long.toString(c.id())).toList() + ")");
            return null;
        }
        Row ended = null;
        Row active = null;
        for (Row c : cycles) {
            if (db.flag(c, "IsEnded")) {
                ended = c;
            } else if (db.flag(c, "IsActive")) {
                active = c;
            }
        }
        return ended != null ? ended : active != null ? active : cycles.get(cycles.size() - 1);
    }

    /** The mapping of one cycle. */
    private final class Mapping {
        final Row cycle;
        final BigDecimal price;
        final List<Meeting> meetings;
        final Map<Long, Meeting> byId;
        final Map<Long, Row> members;
        final Map<String, List<Row>> rows;
        final boolean setUp;
        final CurrencyUnit currency;
        final Map<Long, MemberId> ids = new LinkedHashMap<>();

        Mapping(Row cycle, BigDecimal price, List<Meeting> meetings, Map<Long, Meeting> byId, Map<Long, Row> members,
                Map<String, List<Row>> rows, boolean setUp) {
            this.cycle = cycle;
            this.price = price;
            this.meetings = meetings;
            this.byId = byId;
            this.members = members;
            this.rows = rows;
            this.setUp = setUp;
            this.currency = options.currency();
        }

        MonetaryAmount money(BigDecimal d) {
            return Money.of(d, currency);
        }

        int number(Row r) {
            return byId.get(db.whole(r, "MeetingId")).number();
        }

        boolean inSetUp(Row r) {
            return setUp && number(r) == 1;
        }

        /** An amount of money: whole in the currency's minor unit, else a fault. */
        BigDecimal amount(Row r, String column) {
            BigDecimal d = db.number(r, column);
            if (d == null) {
                return BigDecimal.ZERO;
            }
            int digits = Math.max(0, currency.getDefaultFractionDigits());
            if (d.stripTrailingZeros().scale() > digits) {
                db.fault(r.table(), r.id(), "FRACTION", column + " " + d.toPlainString() + " is finer than the smallest"
                        + " unit of " + currency.getCurrencyCode());
                return d.setScale(digits, RoundingMode.DOWN);
            }
            return d;
        }

        Result build() {
            int n = meetings.size();
            LocalDate first = meetings.get(setUp ? Math.min(1, n - 1) : 0).date();
            // who is in the cycle: a member who joined before its last meeting and did not leave before its first
            LocalDate last = meetings.get(n - 1).date();
            List<Member> founders = new ArrayList<>();
            Map<Integer, List<Member>> joins = new TreeMap<>();
            Map<Integer, List<MemberId>> leaves = new TreeMap<>();
            java.util.Set<Long> used = new java.util.HashSet<>();
            rows.values().forEach(l -> l.forEach(r -> used.add(db.whole(r, "MemberId"))));
            for (Row m : members.values()) {
                LocalDate joined = db.date(m, "DateJoined");
                LocalDate left = db.date(m, "DateLeft");
                boolean archived = db.flag(m, "HasLeft") || isZero(db.number(m, "MemberNo"));
                if ((joined != null && joined.isAfter(last)) || (archived && left != null && left.isBefore(first)
                        && !used.contains(m.id()))) {
                    continue;
                }
                MemberId id = MemberId.of(Long.toString(m.id()));
                ids.put(m.id(), id);
                String name = (db.text(m, "Surname") + " " + db.text(m, "OtherNames")).trim();
                Member member = Member.of(id.value(), name.isEmpty() ? "Member " + m.id() : name);
                if (joined == null || !joined.isAfter(first) || setUp) {
                    founders.add(member);
                } else {
                    int at = meetingOnOrAfter(joined);
                    joins.computeIfAbsent(at, k -> new ArrayList<>()).add(member);
                }
                if (archived) {
                    int at = left == null ? n : meetingOnOrAfter(left);
                    leaves.computeIfAbsent(Math.max(at, setUp ? 2 : 1), k -> new ArrayList<>()).add(id);
                    db.note("Members", m.id(), "MEMBER_ARCHIVED", "archived (HasLeft " + db.text(m, "HasLeft")
                            + ", MemberNo " + db.text(m, "MemberNo") + ", DateLeft '" + db.text(m, "DateLeft")
                            + "', " + (db.kind.equals("database") ? "the phone's date" : "the first meeting that lists"
                            + " her as no longer active") + "): avec settles her when she leaves, at meeting "
                            + Math.max(at, setUp ? 2 : 1) + "; Ledger Link counts her savings in the share-out but pays"
                            + " her nothing");
                }
            }
            Constitution c = constitution(n);
            if (c == null) {
                return new Result(constitutionText, null, null, List.of(), List.of(), null, null, formula(), List.of(),
                        findings);
            }
            Opening opening = opening(c, founders);
            List<Event> events = new ArrayList<>();
            List<Row> sources = new ArrayList<>();
            events(c, joins, leaves, events, sources);
            Cycle cy = null;
            ShareOut s = null;
            if (opening != null) {
                try {
                    cy = Cycle.start(c, opening);
                } catch (RuleViolationException e) {
                    db.fault("VslaCycles", cycle.id(), "REFUSED", "the set-up does not balance: " + e.getMessage());
                }
            }
            if (cy != null) {
                for (int i = 0; i < events.size(); i++) {
                    try {
                        cy = cy.record(events.get(i));
                    } catch (RuleViolationException e) {
                        Row r = sources.get(i);
                        db.fault(r.table(), r.id(), "REFUSED", e.getMessage());
                    }
                }
                try {
                    s = cy.meeting() == c.meetings() ? cy.shareOut() : null;
                } catch (RuleViolationException e) {
                    db.fault("VslaCycles", cycle.id(), "REFUSED", "no share-out: " + e.getMessage());
                }
            }
            Formula f = formula();
            List<String> entries = new ArrayList<>();
            Map<Row, Integer> made = new java.util.IdentityHashMap<>();
            for (Row r : sources) {
                int k = made.merge(r, 1, Integer::sum);
                entries.add("ll:" + r.table() + "#" + r.id() + (k == 1 ? "" : "/" + k));
            }
            return new Result(constitutionText, c, opening, events, entries, cy, s, f, lines(s, f), findings);
        }

        int meetingOnOrAfter(LocalDate d) {
            for (Meeting m : meetings) {
                if (!m.date().isBefore(d)) {
                    return m.number();
                }
            }
            return meetings.get(meetings.size() - 1).number();
        }

        // ---------------------------------------------------------------- the constitution

        String constitutionText = "";
        final Map<String, String> fineNames = new LinkedHashMap<>();
        BigDecimal welfare = BigDecimal.ZERO;
        boolean bank;

        Constitution constitution(int n) {
            StringBuilder t = new StringBuilder();
            String code = SafeText.of(db.text(cycle, "CycleCode"));
            t.append("# Read from Ledger Link's ").append(db.kind).append(": cycle ").append(cycle.id())
                    .append(code.isEmpty() ? "" : " (" + code + ")").append('\n');
            t.append("# Ledger Link records no currency (its screens print UGX): given as ")
                    .append(currency.getCurrencyCode()).append('\n');
            t.append("currency = ").append(currency.getCurrencyCode()).append('\n');
            t.append("share.value = ").append(price.stripTrailingZeros().toPlainString()).append('\n');
            // the most shares bought at one meeting, at least Ledger Link's MaxShareQuantity
            long most = 1;
            BigDecimal maxQty = db.number(cycle, "MaxShareQuantity");
            if (maxQty != null && maxQty.signum() > 0) {
                most = maxQty.setScale(0, RoundingMode.FLOOR).longValue();
            }
            for (Row r : rows.get("Savings")) {
                BigDecimal a = db.number(r, "Amount");
                if (a != null && !inSetUp(r)) {
                    most = Math.max(most, a.divide(price, 0, RoundingMode.FLOOR).longValue());
                }
            }
            t.append("shares.min = 1\nshares.max = ").append(Math.min(most, 10_000)).append('\n');
            // the welfare contribution most paid; other amounts are reported
            Map<BigDecimal, Integer> counts = new HashMap<>();
            for (Row r : rows.get("Welfare")) {
                BigDecimal a = db.number(r, "Amount");
                if (a != null && a.signum() > 0 && !inSetUp(r)) {
                    counts.merge(a.stripTrailingZeros(), 1, Integer::sum);
                }
            }
            welfare = counts.entrySet().stream().max(Map.Entry.<BigDecimal, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(BigDecimal.ZERO);
            if (welfare.signum() > 0) {
                t.append("social.fund = ").append(welfare.toPlainString()).append('\n');
            }
            // the frequency from the dates: the median days between meetings
            List<Long> gaps = new ArrayList<>();
            for (int i = setUp ? 2 : 1; i < meetings.size(); i++) {
                gaps.add(ChronoUnit.DAYS.between(meetings.get(i - 1).date(), meetings.get(i).date()));
            }
            gaps.sort(null);
            long gap = gaps.isEmpty() ? 7 : gaps.get(gaps.size() / 2);
            String frequency = gap <= 10 ? "WEEKLY" : gap <= 21 ? "FORTNIGHTLY" : "MONTHLY";
            db.note("Meetings", null, "FREQUENCY_GUESSED", "Ledger Link records no meeting frequency: " + frequency
                    + " from the median of " + gap + " days between meetings; the share-out is the last meeting, " + n);
            t.append("frequency = ").append(frequency).append("\nmeetings = ").append(n).append('\n');
            t.append("cash.unit = ").append(BigDecimal.ONE.movePointLeft(Math.max(0, currency.getDefaultFractionDigits()))
                    .toPlainString()).append('\n');
            // fines: one name per type and amount
            for (Row r : rows.get("Fines")) {
                BigDecimal a = db.number(r, "Amount");
                if (a == null || a.signum() <= 0 || db.flag(r, "IsDeleted")) {
                    continue;
                }
                Long type = db.whole(r, "FineTypeId");
                String name = (type == null ? "other" : type == 2 ? "late" : type == 3 ? "disorder" : "other") + "_"
                        + a.stripTrailingZeros().toPlainString();
                if (!fineNames.containsKey(name)) {
                    fineNames.put(name, a.stripTrailingZeros().toPlainString());
                    t.append("fine.").append(name).append(" = ").append(fineNames.get(name)).append('\n');
                }
            }
            if (fineNames.keySet().stream().map(k -> k.substring(0, k.indexOf('_'))).distinct().count()
                    < fineNames.size()) {
                db.note("Fines", null, "FINE_AMOUNT_VARIES", "fines of one type with different amounts: one fine per"
                        + " type and amount in the constitution (" + String.join(", ", fineNames.keySet()) + ")");
            }
            BigDecimal rate = db.number(cycle, "InterestRate");
            rate = rate == null ? BigDecimal.ZERO : rate.movePointLeft(2);
            int maxTerm = 1;
            for (Row loan : rows.get("LoanIssues")) {
                maxTerm = Math.max(maxTerm, 1 + rollovers(loan).size());
            }
            t.append("# Ledger Link charges a loan's interest once at issue, and again at each rollover: avec charges it up"
                    + " front, one period of one meeting per charge\n");
            t.append("loan.rate = ").append(rate.stripTrailingZeros().toPlainString()).append('\n');
            t.append("loan.period = 1\nloan.method = UP_FRONT\nloan.max.term = ").append(maxTerm).append('\n');
            t.append("# Ledger Link enforces no loan cap, loans at once or closing meetings: avec's largest\n");
            t.append("loan.max.multiple = 10\nloan.max.at.once = 5\nloan.closing.meetings = 0\n");
            t.append("leavers.loans = NET_FROM_SETTLEMENT\n");
            boolean open = rows.get("LoanIssues").stream().anyMatch(l -> {
                BigDecimal b = db.number(l, "Balance");
                return b != null && b.signum() > 0 && !db.flag(l, "IsWrittenOff");
            });
            if (open) {
                t.append("shareout.outstanding.loans = DEDUCT_FROM_PAYOUT\n");
            }
            for (Meeting m : meetings) {
                for (String col : List.of("CashFromBank", "CashSavedBank", "LoanFromBank", "BankLoanRepayment")) {
                    BigDecimal a = db.number(m.row(), col);
                    bank |= a != null && a.signum() > 0;
                }
            }
            if (bank) {
                t.append("places = bank\n");
            }
            constitutionText = t.toString();
            List<org.avec.tools.audit.Problem> problems = new ArrayList<>();
            org.avec.tools.audit.ConstitutionFile.Read read = org.avec.tools.audit.ConstitutionFile.read(
                    "constitution.properties", constitutionText.lines().toList(), problems);
            for (org.avec.tools.audit.Problem p : problems) {
                db.fault("VslaCycles", cycle.id(), "CONSTITUTION", p.message());
            }
            return read == null ? null : read.constitution();
        }

        // ---------------------------------------------------------------- the opening

        Opening opening(Constitution c, List<Member> founders) {
            BigDecimal interest = db.number(cycle, "InterestAtSetup");
            BigDecimal fines = db.number(cycle, "FinesAtSetup");
            BigDecimal earned = (interest == null ? BigDecimal.ZERO : interest).add(fines == null ? BigDecimal.ZERO : fines);
            if (!setUp) {
                return Opening.atStart(money(BigDecimal.ZERO), money(BigDecimal.ZERO), founders);
            }
            if (earned.signum() != 0) {
                db.note("VslaCycles", cycle.id(), "SETUP_PROFIT_IGNORED", "the profit earned before the records ("
                        + earned.toPlainString() + ": InterestAtSetup and FinesAtSetup) is the members', but Ledger"
                        + " Link's formula leaves it out");
            }
            Opening.Builder b = Opening.builder(currency, 2);
            Map<MemberId, Long> shares = new LinkedHashMap<>();
            BigDecimal savings = BigDecimal.ZERO;
            for (Row r : rows.get("Savings")) {
                if (inSetUp(r)) {
                    BigDecimal a = amount(r, "Amount");
                    long k = a.divide(price, 0, RoundingMode.FLOOR).longValue();
                    notMultiple(r, a, k);
                    shares.merge(ids.get(db.whole(r, "MemberId")), k, Long::sum);
                    savings = savings.add(price.multiply(BigDecimal.valueOf(k)));
                }
            }
            for (Member m : founders) {
                b.member(m, shares.getOrDefault(m.id(), 0L));
            }
            BigDecimal social = BigDecimal.ZERO;
            for (Row r : rows.get("Welfare")) {
                if (inSetUp(r)) {
                    social = social.add(amount(r, "Amount"));
                }
            }
            BigDecimal out = BigDecimal.ZERO;
            for (Row l : rows.get("LoanIssues")) {
                if (!inSetUp(l)) {
                    continue;
                }
                BigDecimal principal = amount(l, "PrincipalAmount");
                // Balance is the loan's balance now: at the set-up it was that plus what was repaid since, less the
                // rollover charges added since
                BigDecimal balance = amount(l, "Balance");
                for (Row r : repaymentsOf(l)) {
                    balance = balance.add(amount(r, "Amount")).subtract(amount(r, "InterestAmount"));
                }
                BigDecimal owed = balance.min(principal);
                if (balance.signum() > 0 && principal.signum() > 0) {
                    try {
                        LocalDate due = db.date(l, "DateDue");
                        b.loan(ids.get(db.whole(l, "MemberId")).value(), money(principal), money(owed),
                                money(balance.subtract(owed)), 1, due == null ? 2 : Math.max(2, meetingOnOrAfter(due)));
                        out = out.add(owed);
                    } catch (IllegalArgumentException e) {
                        db.fault("LoanIssues", l.id(), "SETUP_LOAN", e.getMessage());
                    }
                }
            }
            BigDecimal cash = savings.add(earned).subtract(out);
            if (cash.signum() < 0) {
                db.fault("VslaCycles", cycle.id(), "BALANCE_MISMATCH", "at set-up the loans out (" + out.toPlainString()
                        + ") are more than the savings and profit (" + savings.add(earned).toPlainString() + ")");
                return null;
            }
            try {
                return b.loanFundCash(money(cash)).socialFund(money(social)).earnedBefore(money(earned)).build();
            } catch (IllegalArgumentException e) {
                db.fault("VslaCycles", cycle.id(), "SETUP", e.getMessage());
                return null;
            }
        }

        void notMultiple(Row r, BigDecimal amount, long shares) {
            BigDecimal rest = amount.subtract(price.multiply(BigDecimal.valueOf(shares)));
            if (rest.signum() != 0) {
                db.note("Savings", r.id(), "SAVING_NOT_MULTIPLE", amount.toPlainString() + " is not a whole number of"
                        + " shares of " + price.toPlainString() + ": " + shares + " share(s) recorded, "
                        + rest.toPlainString() + " left out of avec's books");
            }
        }

        List<Row> rollovers(Row loan) {
            List<Row> out = new ArrayList<>();
            for (Row r : repaymentsOf(loan)) {
                BigDecimal i = db.number(r, "InterestAmount");
                if (i != null && i.signum() > 0) {
                    out.add(r);
                }
            }
            return out;
        }

        /** The repayment rows of each loan, found once: a loan's rows are asked for several times. */
        private Map<Long, List<Row>> byLoan;

        List<Row> repaymentsOf(Row loan) {
            if (byLoan == null) {
                byLoan = new HashMap<>();
                for (Row r : rows.get("LoanRepayments")) {
                    Long id = db.whole(r, "LoanId");
                    if (id != null) {
                        byLoan.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
                    }
                }
            }
            return byLoan.getOrDefault(loan.id(), List.of());
        }

        // ---------------------------------------------------------------- the events

        void events(Constitution c, Map<Integer, List<Member>> joins, Map<Integer, List<MemberId>> leaves,
                List<Event> events, List<Row> sources) {
            Map<Integer, List<Row>> paidFines = new TreeMap<>();
            for (Row r : rows.get("Fines")) {
                if (db.flag(r, "IsDeleted")) {
                    if (db.flag(r, "IsCleared")) {
                        db.note("Fines", r.id(), "FINE_DELETED_COUNTED", "a deleted fine marked paid: Ledger Link still"
                                + " counts its " + db.text(r, "Amount") + " in the share-out");
                    }
                    continue;
                }
                if (db.flag(r, "IsCleared")) {
                    Long paidIn = db.whole(r, "PaidInMeetingId");
                    Meeting at = paidIn == null ? null : byId.get(paidIn);
                    int n = at == null ? number(r) : at.number();
                    paidFines.computeIfAbsent(n, k -> new ArrayList<>()).add(r);
                }
            }
            Map<String, Row> seenSaving = new HashMap<>();
            for (Meeting m : meetings) {
                if (setUp && m.number() == 1) {
                    continue;
                }
                int n = m.number();
                Row mr = m.row();
                add(events, sources, mr, new Event.MeetingOpened(n, m.date()));
                for (Member j : joins.getOrDefault(n, List.of())) {
                    add(events, sources, mr, new Event.MemberJoined(n, j.id(), j.name()));
                }
                BigDecimal fromBank = amount(mr, "CashFromBank");
                if (fromBank.signum() > 0) {
                    add(events, sources, mr, new Event.CashMoved(n, "bank", Constitution.BOX, money(fromBank)));
                }
                BigDecimal bankLoan = amount(mr, "LoanFromBank");
                if (bankLoan.signum() > 0) {
                    db.note("Meetings", mr.id(), "BANK_LOAN", "a loan of " + bankLoan.toPlainString() + " from the bank:"
                            + " owed by the group, never shared out (avec repays it first at share-out)");
                    add(events, sources, mr, new Event.GroupLoanReceived(n, "the bank", Constitution.BOX, money(bankLoan)));
                }
                if (amount(mr, "LoanTopUps").signum() > 0) {
                    db.note("Meetings", mr.id(), "LOAN_TOPUP", "loan top-ups of " + db.text(mr, "LoanTopUps") + ": Ledger"
                            + " Link overwrites the loan's principal, so the loan's history is lost");
                }
                for (Row r : at(n, "Attendance")) {
                    add(events, sources, r, new Event.Attendance(n, member(r), db.flag(r, "IsPresent")
                            ? Event.Presence.PRESENT : Event.Presence.ABSENT));
                }
                for (Row r : at(n, "Savings")) {
                    String key = n + "/" + db.whole(r, "MemberId");
                    if (seenSaving.containsKey(key)) {
                        db.fault("Savings", r.id(), "DUPLICATE_SAVING", "a second savings row for member "
                                + db.whole(r, "MemberId") + " at this meeting (the first is Savings#"
                                + seenSaving.get(key).id() + "): Ledger Link keeps one");
                    }
                    seenSaving.put(key, r);
                    BigDecimal a = amount(r, "Amount");
                    long k = a.divide(price, 0, RoundingMode.FLOOR).longValue();
                    notMultiple(r, a, k);
                    if (k > 0) {
                        add(events, sources, r, new Event.SharesBought(n, member(r), (int) Math.min(k, Integer.MAX_VALUE)));
                    }
                }
                for (Row r : at(n, "Welfare")) {
                    BigDecimal a = amount(r, "Amount");
                    if (a.signum() <= 0) {
                        continue;
                    }
                    if (a.compareTo(welfare) == 0) {
                        add(events, sources, r, new Event.SocialFundPaid(n, member(r), money(a)));
                    } else {
                        db.note("Welfare", r.id(), "WELFARE_VARIES", a.toPlainString() + " paid to the welfare fund, not"
                                + " the " + welfare.toPlainString() + " most members pay: left out of avec's social fund");
                    }
                }
                for (Row r : at(n, "OutstandingWelfare")) {
                    db.note("OutstandingWelfare", r.id(), "WELFARE_LOAN", "a loan from the welfare fund: avec's social"
                            + " fund lends only as the constitution says; left out");
                }
                for (Row r : at(n, "Fines")) {
                    if (!db.flag(r, "IsDeleted")) {
                        BigDecimal a = db.number(r, "Amount");
                        Long type = db.whole(r, "FineTypeId");
                        if (a != null && a.signum() > 0) {
                            String name = (type == null ? "other" : type == 2 ? "late" : type == 3 ? "disorder" : "other")
                                    + "_" + a.stripTrailingZeros().toPlainString();
                            add(events, sources, r, new Event.FineCharged(n, member(r), name));
                        }
                    }
                }
                for (Row r : paidFines.getOrDefault(n, List.of())) {
                    BigDecimal a = amount(r, "Amount");
                    if (a.signum() > 0) {
                        add(events, sources, r, new Event.FinePaid(n, member(r), money(a)));
                    }
                }
                // repayments of older loans, then the loans made, then repayments of those (a loan repaid at the meeting it
                // was made, as a leaver's is from her settlement)
                java.util.Set<Long> madeNow = new java.util.HashSet<>();
                for (Row l : at(n, "LoanIssues")) {
                    madeNow.add(l.id());
                }
                List<Row> later = new ArrayList<>();
                for (Row r : at(n, "LoanRepayments")) {
                    if (madeNow.contains(db.whole(r, "LoanId"))) {
                        later.add(r);
                    } else {
                        repayment(n, r, events, sources);
                    }
                }
                for (Row l : at(n, "LoanIssues")) {
                    loan(c, n, l, events, sources);
                }
                for (Row r : later) {
                    repayment(n, r, events, sources);
                }
                BigDecimal toBank = amount(mr, "BankLoanRepayment");
                if (toBank.signum() > 0) {
                    add(events, sources, mr, new Event.GroupLoanRepaid(n, "the bank", Constitution.BOX, money(toBank),
                            money(BigDecimal.ZERO)));
                }
                BigDecimal savedBank = amount(mr, "CashSavedBank");
                if (savedBank.signum() > 0) {
                    add(events, sources, mr, new Event.CashMoved(n, Constitution.BOX, "bank", money(savedBank)));
                }
                for (MemberId id : leaves.getOrDefault(n, List.of())) {
                    add(events, sources, mr, new Event.MemberLeft(n, id));
                }
            }
        }

        void repayment(int n, Row r, List<Event> events, List<Row> sources) {
            BigDecimal a = amount(r, "Amount");
            if (a.signum() > 0) {
                add(events, sources, r, new Event.LoanRepaid(n, member(r), money(a)));
            }
        }

        /** A loan: avec's up-front charge for 1 + its rollovers periods, checked against what Ledger Link charged. */
        void loan(Constitution c, int n, Row l, List<Event> events, List<Row> sources) {
            BigDecimal principal = amount(l, "PrincipalAmount");
            if (principal.signum() <= 0) {
                return;
            }
            List<Row> rolls = rollovers(l);
            int term = 1 + rolls.size();
            BigDecimal charged = amount(l, "InterestAmount");
            BigDecimal rolled = BigDecimal.ZERO;
            for (Row r : rolls) {
                rolled = rolled.add(amount(r, "InterestAmount"));
            }
            BigDecimal avecCharge = c.loans().rate().multiply(principal).multiply(BigDecimal.valueOf(term))
                    .setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_UP);
            if (charged.add(rolled).compareTo(avecCharge) != 0) {
                db.note("LoanIssues", l.id(), "INTEREST_DIFFERS", "Ledger Link charged " + charged.add(rolled)
                        .toPlainString() + " (" + charged.toPlainString() + " at issue" + (rolls.isEmpty() ? ""
                                : ", " + rolled.toPlainString() + " at " + rolls.size() + " rollover(s)") + "), the rate"
                        + " gives " + avecCharge.toPlainString() + ": a charge typed by hand");
            }
            // the loan's balance adds up: principal + charges − repaid = Balance
            BigDecimal repaid = BigDecimal.ZERO;
            for (Row r : repaymentsOf(l)) {
                repaid = repaid.add(amount(r, "Amount"));
            }
            BigDecimal balance = amount(l, "Balance");
            BigDecimal expected = principal.add(charged).add(rolled).subtract(repaid);
            if (expected.compareTo(balance) != 0) {
                db.fault("LoanIssues", l.id(), "BALANCE_MISMATCH", "principal " + principal.toPlainString() + " + charges "
                        + charged.add(rolled).toPlainString() + " − repaid " + repaid.toPlainString() + " = "
                        + expected.toPlainString() + ", but Balance is " + balance.toPlainString() + " (two repayments"
                        + " in one meeting keep one row)");
            }
            if (balance.signum() > 0 && !db.flag(l, "IsWrittenOff")) {
                db.note("LoanIssues", l.id(), "LOAN_OUTSTANDING", balance.toPlainString() + " still owed: Ledger Link"
                        + " counts its interest as if collected and pays out cash the box does not hold; avec deducts it"
                        + " from the borrower's payout");
            }
            add(events, sources, l, new Event.LoanIssued(n, member(l), money(principal), term, LoanPurpose.NOT_GIVEN));
        }

        /** Each table's rows by meeting, found once: the events are made meeting by meeting. */
        private final Map<String, Map<Integer, List<Row>>> byMeeting = new HashMap<>();

        List<Row> at(int n, String table) {
            return byMeeting.computeIfAbsent(table, t -> {
                Map<Integer, List<Row>> m = new HashMap<>();
                for (Row r : rows.get(t)) {
                    m.computeIfAbsent(number(r), k -> new ArrayList<>()).add(r);
                }
                return m;
            }).getOrDefault(n, List.of());
        }

        MemberId member(Row r) {
            return ids.get(db.whole(r, "MemberId"));
        }

        void add(List<Event> events, List<Row> sources, Row source, Event e) {
            events.add(e);
            sources.add(source);
        }

        // ---------------------------------------------------------------- Ledger Link's formula

        Formula formula() {
            BigDecimal savings = BigDecimal.ZERO;
            Map<Long, BigDecimal> byMember = new LinkedHashMap<>();
            for (Row r : rows.get("Savings")) {
                BigDecimal a = db.number(r, "Amount");
                if (a != null) {
                    savings = savings.add(a);
                    byMember.merge(db.whole(r, "MemberId"), a, BigDecimal::add);
                }
            }
            BigDecimal fines = BigDecimal.ZERO;
            for (Row r : rows.get("Fines")) {
                BigDecimal a = db.number(r, "Amount");
                if (a != null && db.flag(r, "IsCleared")) {
                    fines = fines.add(a);
                }
            }
            BigDecimal interest = BigDecimal.ZERO;
            BigDecimal notCollected = BigDecimal.ZERO;
            for (Row r : rows.get("LoanIssues")) {
                BigDecimal a = db.number(r, "InterestAmount");
                interest = interest.add(a == null ? BigDecimal.ZERO : a);
                BigDecimal b = db.number(r, "Balance");
                if (b != null && b.signum() > 0) {
                    notCollected = notCollected.add(b);
                }
            }
            for (Row r : rows.get("LoanRepayments")) {
                BigDecimal a = db.number(r, "InterestAmount");
                interest = interest.add(a == null ? BigDecimal.ZERO : a);
            }
            BigDecimal total = options.typedTotal() != null ? options.typedTotal() : savings.add(fines).add(interest);
            BigDecimal stars = savings.divide(price, MC);
            BigDecimal value = stars.signum() == 0 ? BigDecimal.ZERO : total.divide(stars, MC);
            BigDecimal paid = BigDecimal.ZERO;
            long shown = 0;
            BigDecimal truncation = BigDecimal.ZERO;
            BigDecimal leavers = BigDecimal.ZERO;
            for (Map.Entry<Long, BigDecimal> e : byMember.entrySet()) {
                Row m = members.get(e.getKey());
                BigDecimal exactStars = e.getValue().divide(price, MC);
                BigDecimal whole = exactStars.setScale(0, RoundingMode.DOWN);
                if (paidByLedgerLink(m)) {
                    BigDecimal p = whole.multiply(value, MC);
                    paid = paid.add(p);
                    shown += p.setScale(0, RoundingMode.HALF_UP).longValue();
                    truncation = truncation.add(exactStars.subtract(whole).multiply(value, MC));
                } else {
                    leavers = leavers.add(exactStars.multiply(value, MC));
                }
            }
            if (!db.text(cycle, "SharedAmount").isEmpty() && !isZero(db.number(cycle, "SharedAmount"))) {
                db.note("VslaCycles", cycle.id(), "SHARED_AMOUNT", "SharedAmount " + db.text(cycle, "SharedAmount"));
            } else {
                db.note("VslaCycles", cycle.id(), "SHARED_AMOUNT_MISSING", "Ledger Link saves no share-out: what it paid"
                        + " is rebuilt from its formula; the group's payout sheet (-p) is the ground truth");
            }
            if (notCollected.signum() > 0) {
                db.note("LoanIssues", null, "INTEREST_UNPAID_COUNTED", "loans still owe " + notCollected.toPlainString()
                        + ": Ledger Link counts their interest in E as if collected, and pays out cash the box does not"
                        + " hold");
            }
            return new Formula(savings, fines, interest, total, stars, value, paid, shown,
                    truncation.setScale(2, RoundingMode.HALF_EVEN), leavers.setScale(2, RoundingMode.HALF_EVEN),
                    notCollected);
        }

        boolean paidByLedgerLink(Row m) {
            return m != null && !db.flag(m, "HasLeft") && !isZero(db.number(m, "MemberNo"));
        }

        List<Line> lines(ShareOut s, Formula f) {
            List<Line> out = new ArrayList<>();
            Map<Long, BigDecimal> byMember = new LinkedHashMap<>();
            for (Row r : rows.get("Savings")) {
                BigDecimal a = db.number(r, "Amount");
                if (a != null) {
                    byMember.merge(db.whole(r, "MemberId"), a, BigDecimal::add);
                }
            }
            for (Map.Entry<Long, MemberId> e : ids.entrySet()) {
                Row m = members.get(e.getKey());
                BigDecimal saved = byMember.getOrDefault(e.getKey(), BigDecimal.ZERO);
                BigDecimal stars = saved.divide(price, MC);
                boolean paid = paidByLedgerLink(m);
                BigDecimal exact = paid ? stars.setScale(0, RoundingMode.DOWN).multiply(f.value(), MC) : BigDecimal.ZERO;
                ShareOutLine line = null;
                if (s != null) {
                    for (ShareOutLine l : s.lines()) {
                        if (l.member().equals(e.getValue())) {
                            line = l;
                        }
                    }
                }
                MonetaryAmount avec = line == null ? money(BigDecimal.ZERO) : line.net();
                long shares = line == null ? 0 : line.shares();
                String name = (db.text(m, "Surname") + " " + db.text(m, "OtherNames")).trim();
                out.add(new Line(e.getValue().value(), name, paid, stars, exact,
                        exact.setScale(0, RoundingMode.HALF_UP).longValue(), shares, avec));
            }
            return out;
        }
    }

    static boolean isZero(BigDecimal d) {
        return d != null && d.signum() == 0;
    }

    /** The currency the import assumes: UGX, Ledger Link's screens' (or the one given). */
    static CurrencyUnit currency(String code) {
        return Monetary.getCurrency(code == null ? "UGX" : code);
    }
}
