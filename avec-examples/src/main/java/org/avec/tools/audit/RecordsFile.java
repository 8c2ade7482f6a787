package org.avec.tools.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.avec.Constitution;
import org.avec.Entry;
import org.avec.Event;
import org.avec.LoanPurpose;
import org.avec.Member;
import org.avec.MemberId;
import org.avec.Opening;
import org.avec.Profile;
import org.javamoney.moneta.Money;

/**
 * Reads a group's records: one row per event, as field apps export them. The first line that is not blank or a
 * {@code #} comment is the header, exactly {@code meeting,date,member,kind,count,amount,detail}. Each row:
 *
 * <pre>
 * kind        meeting  date        member  count            amount                  detail
 * member      0                    id                                                name      (a founding member)
 * open        n        yyyy-mm-dd                                                              (a meeting opens)
 * join        n                    id                                                name
 * attend      n                    id                                                present, late or absent
 * shares      n                    id      shares bought
 * social      n                    id                       contribution (blank: the constitution's)
 * fine        n                    id                                                the fine's name
 * fine-paid   n                    id                       amount paid
 * grant       n                    id                       amount paid              reason
 * profile     n                    id      year of birth                             F or M    (right after her member or join row)
 * loan        n                    id      term (periods)   principal               purpose: agr:sector, education,
 *                                                                                             health, consumption, other
 * repay       n                    id                       amount repaid
 * reschedule  n                    id      extra periods                             decided by
 * write-off   n                    id                                                reason
 * leave       n                    id
 * cash        n                                             loan fund counted        social fund counted
 *                                                                                             (in the box)
 * </pre>
 *
 * The group's own money beyond the box (rules reference §12) is written with the place in the member column: the box
 * ({@code box}) or a place the constitution names ({@code places = bank, wallet}). Two texts in the detail column are
 * separated by {@code " / "} (the last one in it):
 *
 * <pre>
 * kind          meeting  member      amount        detail
 * move          n        from place  amount moved  to place
 * balance       n        place       balance found                               (a bank statement, a wallet's balance)
 * income        n        place       amount        reason / approved by           (bank interest)
 * expense       n        place       amount        reason / approved by           (stationery, a bank's fee)
 * borrow        n        place       amount        lender                         (a loan to the group)
 * repay-lender  n        place       amount paid   lender / interest in it         (lender / 20.00)
 * buy           n        place       cost          item / approved by             (property bought)
 * given         n                    value         item / given by                (property given)
 * sell          n        place       price         item / approved by             (property sold)
 * </pre>
 *
 * A date on a row other than {@code open} must be the date of its meeting. A field that a kind does not use must
 * be blank, so that a value in the wrong column is caught rather than ignored. Amounts are plain decimals in the
 * group's currency ({@code 12.50}), never finer than the currency's minor unit.
 */
final class RecordsFile {

    /** The header line every records file starts with. */
    static final String HEADER = "meeting,date,member,kind,count,amount,detail";

    /**
     * The header of a records file whose entries carry their identity and may correct earlier ones: the same seven
     * columns, then the entry's identity, the entry a row corrects or voids, who decided and why.
     */
    static final String HEADER_WITH_ENTRIES = HEADER + ",entry,corrects,by,reason";

    /**
     * A row of the meetings that could not be read (its problem is already reported): what it was, so that the rows
     * it leaves wrong later can say they follow from it.
     *
     * @param line the row's line
     * @param kind the row's kind as written, lower case
     * @param member the member column as written (blank if none)
     */
    record Unread(int line, String kind, String member) {}

    /** One entry and the line it was read from. */
    record Row(int line, Entry entry) {
        /** The row's event: the one recorded, or the one a correction puts in place (null for a void). */
        Event event() {
            return entry.event().orElse(null);
        }
    }

    /**
     * The books' opening as the records give it: an {@code opening} row (the first meeting in the books, the cash in
     * the loan fund and the social fund), {@code earned-before}, the shares on the {@code member} rows, and the
     * {@code owes-loan}, {@code owes-fines} and {@code owes-social} rows; null figures where no row gave them.
     */
    static final class OpeningRows {
        int line;
        int firstMeeting = 1;
        MonetaryAmount cash;
        MonetaryAmount social;
        MonetaryAmount earned;
        final Map<MemberId, Long> shares = new HashMap<>();
        final List<java.util.function.Consumer<Opening.Builder>> debts = new ArrayList<>();
    }

    /**
     * What was read: the founding members (the members when the books open), the opening, the entries in file order,
     * and the line of each founding member.
     */
    record Read(List<Member> founders, Map<MemberId, Integer> founderLines, OpeningRows opening, List<Row> rows,
            boolean identities, List<Unread> unread) {

        /**
         * The books' opening: at meeting 1 with the capital and social fund the constitution carries in, or as the
         * records' opening rows say.
         */
        Opening opening(Constitution c, MonetaryAmount carriedLoanFund, MonetaryAmount carriedSocialFund) {
            OpeningRows o = opening;
            if (o.cash == null && o.earned == null && o.debts.isEmpty() && o.shares.values().stream().allMatch(n -> n == 0)) {
                return Opening.atStart(carriedLoanFund, carriedSocialFund, founders);
            }
            Opening.Builder b = Opening.builder(c.currency(), o.firstMeeting).carriedCapital(carriedLoanFund)
                    .socialFund(o.social == null ? carriedSocialFund : o.social)
                    .loanFundCash(o.cash == null ? carriedLoanFund : o.cash)
                    .earnedBefore(o.earned == null ? Money.zero(c.currency()) : o.earned);
            for (Member m : founders) {
                b.member(m, o.shares.getOrDefault(m.id(), 0L));
            }
            o.debts.forEach(d -> d.accept(b));
            return b.build();
        }
    }

    private static final int MEETING = 0;
    private static final int DATE = 1;
    private static final int MEMBER = 2;
    private static final int KIND = 3;
    private static final int COUNT = 4;
    private static final int AMOUNT = 5;
    private static final int DETAIL = 6;
    private static final int ENTRY = 7;
    private static final int CORRECTS = 8;
    private static final int BY = 9;
    private static final int REASON = 10;
    private static final String[] COLUMNS = HEADER_WITH_ENTRIES.split(",");
    /** The columns of {@link #HEADER}. */
    private static final int HEADER_WIDTH = HEADER.split(",").length;

    private final String file;
    private final Constitution constitution;
    private final CurrencyUnit currency;
    private final List<Problem> problems;
    private int lineNo;
    private List<String> fields;
    private String lastMeetingText;
    private Integer lastMeeting;
    private boolean rowOk;
    /** The last date read, and its text: the rows of one meeting repeat it. */
    private String lastDateText;
    private LocalDate lastDate;

    private RecordsFile(String file, Constitution constitution, List<Problem> problems) {
        this.file = file;
        this.constitution = constitution;
        this.currency = constitution.currency();
        this.problems = problems;
    }

    /**
     * Reads every line of a records file; every problem is added, with its line number.
     *
     * @param file the file's name, for messages
     * @param lines the file's lines
     * @param constitution the group's constitution (for the currency and the social-fund contribution)
     * @param problems where problems are added
     * @return what was read; only meaningful if no problem was added
     */
    static Read read(String file, List<String> lines, Constitution constitution, List<Problem> problems) {
        return new RecordsFile(file, constitution, problems).parse(lines);
    }

    private Read parse(List<String> lines) {
        List<Member> founders = new ArrayList<>();
        Map<MemberId, Integer> founderLines = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        List<Unread> unread = new ArrayList<>();
        Map<Integer, LocalDate> meetingDates = new HashMap<>();
        OpeningRows opening = new OpeningRows();
        Map<String, Integer> entryLines = new HashMap<>();
        boolean header = false;
        int width = 0;
        int[] columns = null;
        boolean identities = false;
        for (Csv.Row row : Csv.rows(lines)) {
            lineNo = row.line();
            String line = row.text();
            if (row.broken()) {
                problem(row.problem());
                break;
            }
            fields = row.fields();
            if (!header) {
                header = true;
                // the columns in any order, named without case or accents, a spreadsheet's empty columns at the end
                columns = Csv.columns(fields, COLUMNS, HEADER_WIDTH);
                int entryColumns = 0;
                for (int c = HEADER_WIDTH; columns != null && c < COLUMNS.length; c++) {
                    entryColumns += columns[c] >= 0 ? 1 : 0;
                }
                if (columns == null || (entryColumns > 0 && entryColumns < COLUMNS.length - HEADER_WIDTH)) {
                    problem("the first line must be the header '" + HEADER + "' (or, for entries that carry their"
                            + " identity and corrections, '" + HEADER_WITH_ENTRIES + "'; the columns in any order), found '"
                            + Csv.shortly(line.strip()) + "'");
                    return new Read(founders, founderLines, opening, rows, false, unread);
                }
                identities = entryColumns > 0;
                width = HEADER_WIDTH + entryColumns;
                continue;
            }
            List<String> ordered = fields.size() < width ? null : Csv.reorder(fields, columns, width);
            if (ordered == null) {
                problem("expected " + width + " fields (" + String.join(",", java.util.Arrays.copyOf(COLUMNS, width))
                        + "), found " + fields.size());
                continue;
            }
            fields = ordered;
            rowOk = true;
            String kind = fields.get(KIND).toLowerCase(Locale.ROOT);
            // the rows of a meeting share its number: parsed once
            String meetingText = fields.get(MEETING);
            Integer meeting = meetingText.equals(lastMeetingText) ? lastMeeting : whole(MEETING, "meeting");
            if (meeting == null) {
                continue;
            }
            lastMeetingText = meetingText;
            lastMeeting = meeting;
            if (kind.equals("member")) {
                if (!rows.isEmpty()) {
                    problem("founding members are listed before the first meeting opens");
                    continue;
                }
                if (meeting != 0) {
                    problem("a founding member is on meeting 0, not " + meeting);
                }
                only(kind, MEMBER, COUNT, DETAIL);
                noEntry(kind);
                MemberId id = id();
                String name = text(DETAIL, "the member's name");
                Integer held = fields.get(COUNT).isEmpty() ? Integer.valueOf(0) : whole(COUNT, "shares held");
                if (held != null && held < 0) {
                    problem("shares held are not negative: " + held);
                }
                if (rowOk) {
                    opening.shares.put(id, (long) held);
                    if (founderLines.containsKey(id)) {
                        problem("member " + id + " is listed twice (first at line " + founderLines.get(id) + ")");
                    } else {
                        try {
                            founders.add(new Member(id, name));
                            founderLines.put(id, lineNo);
                        } catch (IllegalArgumentException e) {
                            problem(e.getMessage());
                        }
                    }
                }
                continue;
            }
            if (kind.equals("profile")) {
                noEntry(kind);
                profile(meeting, founders, rows);
                continue;
            }
            if (OPENING_KINDS.contains(kind)) {
                if (!rows.isEmpty() || meeting != 0) {
                    problem("an '" + kind + "' row is part of the opening: on meeting 0, before the first meeting opens");
                    continue;
                }
                noEntry(kind);
                openingRow(kind, opening, founderLines);
                continue;
            }
            LocalDate date = null;
            if (!fields.get(DATE).isEmpty()) {
                try {
                    // the rows of a meeting share its date: parsed once
                    String text = fields.get(DATE);
                    if (!text.equals(lastDateText)) {
                        lastDate = LocalDate.parse(text);
                        lastDateText = text;
                    }
                    date = lastDate;
                } catch (DateTimeParseException e) {
                    problem("date '" + fields.get(DATE) + "' is not a date written yyyy-mm-dd");
                }
            }
            Entry entry = entry(kind, meeting, date, meetingDates, width > HEADER_WIDTH, entryLines);
            if (rowOk && entry != null) {
                rows.add(new Row(lineNo, entry));
            } else if (!rowOk) {
                unread.add(new Unread(lineNo, kind, fields.get(MEMBER)));
            }
        }
        if (!header) {
            problems.add(new Problem(file, 0, "the file is empty: no header '" + HEADER + "'"));
        }
        if (header && founders.isEmpty() && founderLines.isEmpty()
                && rows.stream().noneMatch(r -> r.entry().event().orElse(null) instanceof Event.MemberJoined)) {
            problems.add(new Problem(file, 0, "the records name no member (no 'member' or 'join' row): a group has members"));
        }
        return new Read(founders, founderLines, opening, rows, identities, unread);
    }

    private static final Event.Presence[] PRESENCES = Event.Presence.values();

    private static final java.util.Set<String> OPENING_KINDS = java.util.Set.of("opening", "earned-before", "owes-loan",
            "owes-fines", "owes-social", "owes-lender", "holds", "cash-at");

    /** A row of the opening: the books open part-way through the cycle with what the group held then. */
    private void openingRow(String kind, OpeningRows o, Map<MemberId, Integer> founderLines) {
        switch (kind) {
            case "opening" -> {
                only(kind, COUNT, AMOUNT, DETAIL);
                Integer first = whole(COUNT, "the first meeting in the books");
                MonetaryAmount cash = amount("the loan-fund cash at opening");
                MonetaryAmount social = fields.get(DETAIL).isEmpty() ? null : money(DETAIL, "the social fund at opening");
                if (o.line != 0) {
                    problem("the opening is given twice (first at line " + o.line + ")");
                }
                if (first != null && first < 1) {
                    problem("the first meeting in the books is at least 1, not " + first);
                }
                if (rowOk) {
                    o.line = lineNo;
                    o.firstMeeting = first;
                    o.cash = cash;
                    o.social = social;
                }
            }
            case "earned-before" -> {
                only(kind, AMOUNT);
                MonetaryAmount earned = money(AMOUNT, "the profit earned before the books");
                if (rowOk) {
                    o.earned = earned;
                }
            }
            case "owes-lender", "holds", "cash-at" -> {
                // the group's own money when the books open (rules reference §12): what it owes a lender, an item of
                // property it holds, the cash kept at a bank or in a wallet
                boolean place = kind.equals("cash-at");
                if (place) {
                    only(kind, MEMBER, AMOUNT);
                } else {
                    only(kind, AMOUNT, DETAIL);
                }
                String name = place ? text(MEMBER, "the place") : text(DETAIL, kind.equals("holds") ? "the item"
                        : "the lender");
                MonetaryAmount a = place ? money(AMOUNT, "the cash at the place") : amount(kind.equals("holds")
                        ? "the item's value" : "what the group owes");
                if (!rowOk) {
                    return;
                }
                int line = lineNo;
                o.debts.add(b -> {
                    try {
                        switch (kind) {
                            case "owes-lender" -> b.groupLoan(name, a);
                            case "holds" -> b.property(name, a);
                            default -> b.cashAt(name, a);
                        }
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("line " + line + ": " + e.getMessage(), e);
                    }
                });
            }
            default -> {
                boolean loan = kind.equals("owes-loan");
                if (loan) {
                    only(kind, MEMBER, COUNT, AMOUNT, DETAIL);
                } else {
                    only(kind, MEMBER, AMOUNT);
                }
                MemberId id = id();
                if (id != null && !founderLines.containsKey(id)) {
                    problem("member " + id + " owes at the opening but has no 'member' row before this one");
                }
                MonetaryAmount owed = amount(loan ? "the principal still owed" : "what is owed");
                Integer issued = loan ? whole(COUNT, "the meeting the loan was made") : null;
                Map<String, String> terms = loan ? terms(fields.get(DETAIL)) : Map.of();
                Integer due = loan ? termWhole(terms, "due") : null;
                MonetaryAmount lent = loan && terms.containsKey("lent") ? termMoney(terms, "lent") : owed;
                MonetaryAmount charges = loan && terms.containsKey("charges") ? termMoney(terms, "charges")
                        : Money.zero(currency);
                if (!rowOk) {
                    return;
                }
                int line = lineNo;
                String who = id.value();
                o.debts.add(b -> {
                    try {
                        switch (kind) {
                            case "owes-loan" -> b.loan(who, lent, owed, charges, issued, due);
                            case "owes-fines" -> b.finesOwed(who, owed);
                            default -> b.socialFundLoan(who, owed);
                        }
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("line " + line + ": " + e.getMessage(), e);
                    }
                });
            }
        }
    }

    /** {@code due=30 lent=300 charges=30}: the terms of a loan owed at the opening. */
    private Map<String, String> terms(String detail) {
        Map<String, String> t = new HashMap<>();
        for (String part : detail.trim().split("\\s+")) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq).toLowerCase(Locale.ROOT);
            if (eq < 0 || !(key.equals("due") || key.equals("lent") || key.equals("charges"))) {
                problem("a loan owed at the opening is described as 'due=30 lent=300 charges=30' (due required), not '"
                        + Csv.shortly(detail) + "'");
                return Map.of();
            }
            t.put(key, part.substring(eq + 1));
        }
        if (!t.containsKey("due")) {
            problem("a loan owed at the opening needs the meeting it falls due: 'due=30' in the detail column");
        }
        return t;
    }

    private Integer termWhole(Map<String, String> terms, String key) {
        try {
            return terms.containsKey(key) ? Integer.valueOf(terms.get(key)) : null;
        } catch (NumberFormatException e) {
            problem(key + " '" + Csv.shortly(terms.get(key)) + "' is not a whole number");
            return null;
        }
    }

    private MonetaryAmount termMoney(Map<String, String> terms, String key) {
        return decimalIn(terms.get(key), key);
    }

    /** Rows that are not entries (members, profiles, the opening) carry no identity and correct nothing. */
    private void noEntry(String kind) {
        for (int c = ENTRY; c <= REASON; c++) {
            if (!fields.get(c).isEmpty()) {
                problem("a '" + kind + "' row is not an entry: its " + COLUMNS[c] + " column stays blank");
                return;
            }
        }
    }

    /**
     * The row as an entry of the record: its event, with the identity of the entry column (or {@code L<line>} in a
     * file without it), correcting or voiding the entry the corrects column names.
     */
    private Entry entry(String kind, int meeting, LocalDate date, Map<Integer, LocalDate> meetingDates,
            boolean identities, Map<String, Integer> entryLines) {
        String id = identities ? fields.get(ENTRY) : "L" + lineNo;
        String corrects = fields.get(CORRECTS);
        String by = fields.get(BY);
        String reason = fields.get(REASON);
        if (identities && id.isEmpty()) {
            problem("every entry has its identity in the entry column");
        }
        // without the entry column a row's identity is its line: never given twice, and not kept
        if (identities && !id.isEmpty() && entryLines.containsKey(id)) {
            problem("entry '" + Csv.shortly(id) + "' is given twice (first at line " + entryLines.get(id) + ")");
        }
        if (corrects.isEmpty() && !(by.isEmpty() && reason.isEmpty())) {
            problem("who decided and why are given for a correction, which names the entry it corrects");
        }
        if (!corrects.isEmpty() && (by.isEmpty() || reason.isEmpty())) {
            problem("a correction says who decided (column by) and why (column reason)");
        }
        Event event = null;
        if (kind.equals("void")) {
            only(kind);
            if (corrects.isEmpty()) {
                problem("a 'void' row names the entry it voids in the corrects column");
            }
        } else {
            event = event(kind, meeting, date, meetingDates);
        }
        if (!rowOk) {
            return null;
        }
        if (identities) {
            entryLines.put(id, lineNo);
        }
        Event e = event;
        try {
            return corrects.isEmpty() ? Entry.of(id, e) : e == null ? Entry.voiding(id, corrects, by, reason)
                    : Entry.correcting(id, corrects, e, by, reason);
        } catch (IllegalArgumentException | NullPointerException x) {
            problem(x.getMessage());
            return null;
        }
    }

    /**
     * A {@code profile} row: what the programme records about the member named on the row just before it (her
     * {@code member} row, or her {@code join} row at the same meeting): sex F or M in the detail, year of birth in
     * the count, either left blank if not recorded.
     */
    private void profile(int meeting, List<Member> founders, List<Row> rows) {
        only("profile", MEMBER, COUNT, DETAIL);
        MemberId id = id();
        Profile p = Profile.NONE;
        String sex = fields.get(DETAIL).toUpperCase(Locale.ROOT);
        if (sex.equals("F") || sex.equals("FEMALE")) {
            p = p.withSex(Profile.Sex.FEMALE);
        } else if (sex.equals("M") || sex.equals("MALE")) {
            p = p.withSex(Profile.Sex.MALE);
        } else if (!sex.isEmpty()) {
            problem("a member's sex is written F or M (or left blank), not '" + Csv.shortly(fields.get(DETAIL)) + "'");
        }
        if (!fields.get(COUNT).isEmpty()) {
            Integer year = whole(COUNT, "year of birth");
            if (year != null) {
                try {
                    p = p.withBirthYear(year);
                } catch (IllegalArgumentException e) {
                    problem(e.getMessage());
                }
            }
        }
        if (!rowOk) {
            return;
        }
        Row last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        int f = founders.size() - 1;
        if (meeting == 0 && rows.isEmpty() && f >= 0 && founders.get(f).id().equals(id)
                && founders.get(f).profile().equals(Profile.NONE)) {
            founders.set(f, founders.get(f).with(p));
        } else if (meeting > 0 && last != null && last.entry().kind() == Entry.Kind.RECORDED
                && last.entry().event().orElseThrow() instanceof Event.MemberJoined j && j.member().equals(id)
                && j.meeting() == meeting && j.profile().equals(Profile.NONE)) {
            Profile given = p;
            Event joined = build(() -> new Event.MemberJoined(meeting, id, j.name(), given));
            rows.set(rows.size() - 1, new Row(last.line(), Entry.of(last.entry().id(), joined)));
        } else {
            problem("a 'profile' row comes right after the member's 'member' or 'join' row, on the same meeting");
        }
    }

    private Event event(String kind, int meeting, LocalDate date, Map<Integer, LocalDate> meetingDates) {
        if (kind.equals("open")) {
            only(kind, DATE);
            if (date == null && fields.get(DATE).isEmpty()) {
                problem("an 'open' row needs the meeting's date");
            }
            if (date != null && meetingDates.putIfAbsent(meeting, date) != null) {
                problem("meeting " + meeting + " is opened twice (dated " + meetingDates.get(meeting) + ")");
            }
            return rowOk ? build(() -> new Event.MeetingOpened(meeting, date)) : null;
        }
        if (date != null && meetingDates.containsKey(meeting) && !date.equals(meetingDates.get(meeting))) {
            problem("date " + date + " is not the date of meeting " + meeting + " (" + meetingDates.get(meeting) + ")");
        }
        switch (kind) {
            case "join": {
                only(kind, MEMBER, DETAIL);
                MemberId id = id();
                String name = text(DETAIL, "the member's name");
                return rowOk ? build(() -> new Event.MemberJoined(meeting, id, name)) : null;
            }
            case "attend": {
                only(kind, MEMBER, DETAIL);
                MemberId id = id();
                Event.Presence presence = null;
                String p = fields.get(DETAIL);
                for (Event.Presence x : PRESENCES) {
                    if (x.name().equalsIgnoreCase(p)) {
                        presence = x;
                    }
                }
                if (presence == null) {
                    problem("attendance must be present, late, absent or represented, not '" + fields.get(DETAIL) + "'");
                }
                Event.Presence found = presence;
                return rowOk ? build(() -> new Event.Attendance(meeting, id, found)) : null;
            }
            case "shares": {
                only(kind, MEMBER, COUNT);
                MemberId id = id();
                Integer n = whole(COUNT, "shares bought");
                return rowOk ? build(() -> new Event.SharesBought(meeting, id, n)) : null;
            }
            case "social": {
                only(kind, MEMBER, AMOUNT);
                MemberId id = id();
                MonetaryAmount a = fields.get(AMOUNT).isEmpty() ? constitution.socialFund() : amount("contribution");
                return rowOk ? build(() -> new Event.SocialFundPaid(meeting, id, a)) : null;
            }
            case "fine": {
                only(kind, MEMBER, DETAIL);
                MemberId id = id();
                String fine = text(DETAIL, "the fine's name");
                return rowOk ? build(() -> new Event.FineCharged(meeting, id, fine)) : null;
            }
            case "fine-paid": {
                only(kind, MEMBER, AMOUNT);
                MemberId id = id();
                MonetaryAmount a = amount("amount paid");
                return rowOk ? build(() -> new Event.FinePaid(meeting, id, a)) : null;
            }
            case "grant": {
                only(kind, MEMBER, AMOUNT, DETAIL);
                MemberId id = id();
                MonetaryAmount a = amount("grant");
                String reason = text(DETAIL, "the reason");
                return rowOk ? build(() -> new Event.GrantPaid(meeting, id, a, reason)) : null;
            }
            case "handed-in": {
                only(kind, MEMBER, AMOUNT);
                MemberId id = id();
                MonetaryAmount a = amount("cash handed in");
                return rowOk ? build(() -> new Event.SavingsHandedIn(meeting, id, a)) : null;
            }
            case "social-loan": {
                only(kind, MEMBER, AMOUNT);
                MemberId id = id();
                MonetaryAmount a = amount("social-fund loan");
                return rowOk ? build(() -> new Event.SocialFundLoanIssued(meeting, id, a)) : null;
            }
            case "social-repay": {
                only(kind, MEMBER, AMOUNT);
                MemberId id = id();
                MonetaryAmount a = amount("social-fund loan repaid");
                return rowOk ? build(() -> new Event.SocialFundLoanRepaid(meeting, id, a)) : null;
            }
            case "loan": {
                only(kind, MEMBER, COUNT, AMOUNT, DETAIL);
                MemberId id = id();
                Integer term = whole(COUNT, "term in charging periods");
                MonetaryAmount a = amount("principal");
                LoanPurpose purpose = purpose(fields.get(DETAIL));
                return rowOk ? build(() -> new Event.LoanIssued(meeting, id, a, term, purpose)) : null;
            }
            case "repay": {
                only(kind, MEMBER, AMOUNT);
                MemberId id = id();
                MonetaryAmount a = amount("repayment");
                return rowOk ? build(() -> new Event.LoanRepaid(meeting, id, a)) : null;
            }
            case "reschedule": {
                only(kind, MEMBER, COUNT, DETAIL);
                MemberId id = id();
                Integer extra = whole(COUNT, "extra periods");
                String by = text(DETAIL, "who decided");
                return rowOk ? build(() -> new Event.LoanRescheduled(meeting, id, extra, by)) : null;
            }
            case "write-off": {
                only(kind, MEMBER, DETAIL);
                MemberId id = id();
                String reason = text(DETAIL, "the reason");
                return rowOk ? build(() -> new Event.LoanWrittenOff(meeting, id, "the group", reason)) : null;
            }
            case "leave": {
                only(kind, MEMBER);
                MemberId id = id();
                return rowOk ? build(() -> new Event.MemberLeft(meeting, id)) : null;
            }
            case "move": {
                only(kind, MEMBER, AMOUNT, DETAIL);
                String from = text(MEMBER, "the place the cash is taken from");
                MonetaryAmount a = amount("cash moved");
                String to = text(DETAIL, "the place the cash is put");
                return rowOk ? build(() -> new Event.CashMoved(meeting, from, to, a)) : null;
            }
            case "balance": {
                only(kind, MEMBER, AMOUNT);
                String place = text(MEMBER, "the place");
                MonetaryAmount a = money(AMOUNT, "balance found");
                return rowOk ? build(() -> new Event.PlaceCounted(meeting, place, a)) : null;
            }
            case "income", "expense", "buy", "sell": {
                only(kind, MEMBER, AMOUNT, DETAIL);
                String place = text(MEMBER, "the place");
                MonetaryAmount a = amount(kind.equals("buy") ? "cost" : kind.equals("sell") ? "price" : kind);
                String[] two = two(kind.equals("buy") || kind.equals("sell") ? "item" : "reason", "approved by");
                if (!rowOk) {
                    return null;
                }
                return build(() -> switch (kind) {
                    case "income" -> new Event.IncomeReceived(meeting, place, a, two[0], two[1]);
                    case "expense" -> new Event.ExpensePaid(meeting, place, a, two[0], two[1]);
                    case "buy" -> new Event.PropertyBought(meeting, two[0], place, a, two[1]);
                    default -> new Event.PropertySold(meeting, two[0], place, a, two[1]);
                });
            }
            case "given": {
                only(kind, AMOUNT, DETAIL);
                MonetaryAmount a = amount("value");
                String[] two = two("item", "given by");
                return rowOk ? build(() -> new Event.PropertyGiven(meeting, two[0], a, two[1])) : null;
            }
            case "borrow": {
                only(kind, MEMBER, AMOUNT, DETAIL);
                String place = text(MEMBER, "the place");
                MonetaryAmount a = amount("loan to the group");
                String lender = text(DETAIL, "the lender");
                return rowOk ? build(() -> new Event.GroupLoanReceived(meeting, lender, place, a)) : null;
            }
            case "repay-lender": {
                only(kind, MEMBER, AMOUNT, DETAIL);
                String place = text(MEMBER, "the place");
                MonetaryAmount a = amount("amount paid");
                String[] two = two("lender", "interest");
                MonetaryAmount interest = rowOk ? decimalIn(two[1], "the interest in it") : null;
                return rowOk ? build(() -> new Event.GroupLoanRepaid(meeting, two[0], place, a, interest)) : null;
            }
            case "cash": {
                only(kind, AMOUNT, DETAIL);
                MonetaryAmount loanFund = amount("loan fund counted");
                MonetaryAmount socialFund = money(DETAIL, "social fund counted");
                return rowOk ? build(() -> new Event.CashCounted(meeting, loanFund, socialFund)) : null;
            }
            default:
                problem("unknown kind '" + Csv.shortly(fields.get(KIND)) + "' (kinds: member, profile, opening, "
                        + "earned-before, owes-loan, owes-fines, owes-social, owes-lender, holds, cash-at, open, join, attend, "
                        + "shares, social, handed-in, fine, "
                        + "fine-paid, grant, social-loan, social-repay, loan, repay, reschedule, write-off, leave, cash, void, "
                        + "move, balance, income, expense, borrow, repay-lender, buy, given, sell)");
                return null;
        }
    }

    /**
     * The detail column's two texts, separated by the last {@code " / "}: a reason and who approved it, an item and who
     * gave it, a lender and the interest. A problem if either is missing.
     */
    private String[] two(String first, String second) {
        String d = fields.get(DETAIL);
        int at = d.lastIndexOf(" / ");
        if (at <= 0 || at + 3 >= d.length() || d.substring(0, at).isBlank() || d.substring(at + 3).isBlank()) {
            problem("the detail column holds the " + first + " and the " + second + ", separated by ' / ' (for example"
                    + " '" + (first.equals("lender") ? "Al Amana / 20.00" : first.equals("item") ? "mill / assembly"
                            : "stationery / assembly") + "'), not '" + Csv.shortly(d) + "'");
            return new String[] {"", ""};
        }
        return new String[] {d.substring(0, at), d.substring(at + 3)};
    }

    /** An amount written inside the detail column (a loan's terms, a repayment's interest), read as the amount column is. */
    private MonetaryAmount decimalIn(String text, String what) {
        List<String> saved = fields;
        fields = new ArrayList<>(fields);
        fields.set(DETAIL, text);
        try {
            return money(DETAIL, what);
        } finally {
            fields = saved;
        }
    }

    /** A loan's purpose as written in the detail column, the way {@link #purposeText} writes it. */
    private LoanPurpose purpose(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        switch (t) {
            case "":
                return LoanPurpose.NOT_GIVEN;
            case "education":
                return LoanPurpose.EDUCATION;
            case "health":
                return LoanPurpose.HEALTH;
            case "consumption":
                return LoanPurpose.CONSUMPTION;
            case "other":
                return LoanPurpose.OTHER;
            default:
                if (t.startsWith("agr:")) {
                    try {
                        return LoanPurpose.incomeGenerating(text.substring(4));
                    } catch (IllegalArgumentException e) {
                        problem(e.getMessage());
                        return LoanPurpose.NOT_GIVEN;
                    }
                }
                problem("a loan's purpose is agr:<sector>, education, health, consumption, other or blank, not '"
                        + Csv.shortly(text) + "'");
                return LoanPurpose.NOT_GIVEN;
        }
    }

    /**
     * A loan's purpose as the detail column holds it: blank, {@code agr:livestock}, {@code education}, ...
     *
     * @param purpose the purpose
     * @return the text
     */
    static String purposeText(LoanPurpose purpose) {
        return switch (purpose.kind()) {
            case NOT_GIVEN -> "";
            case INCOME_GENERATING -> "agr:" + purpose.sector();
            default -> purpose.kind().name().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * A profile as the {@code profile} row holds it: the year of birth (count) and the sex (detail), each blank if
     * not recorded.
     *
     * @param p the profile
     * @return {count, detail}
     */
    static String[] profileText(Profile p) {
        return new String[] {p.birthYear().isPresent() ? Integer.toString(p.birthYear().getAsInt()) : "",
            p.sex().map(x -> x == Profile.Sex.FEMALE ? "F" : "M").orElse("")};
    }

    /** Builds an event, turning what its constructor refuses into a problem on this line. */
    private Event build(java.util.function.Supplier<Event> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            problem(e.getMessage());
            return null;
        }
    }

    /** Checks that only the named columns (besides meeting, date and kind) are filled in. */
    private void only(String kind, int... used) {
        for (int c : new int[] {MEMBER, COUNT, AMOUNT, DETAIL}) {
            boolean allowed = false;
            for (int u : used) {
                allowed |= u == c;
            }
            if (!allowed && !fields.get(c).isEmpty()) {
                problem("a '" + kind + "' row has no " + COLUMNS[c] + ", but found '" + fields.get(c) + "'");
            }
        }
        boolean needsMember = false;
        for (int u : used) {
            needsMember |= u == MEMBER;
        }
        if (needsMember && fields.get(MEMBER).isEmpty()) {
            problem("a '" + kind + "' row needs the member");
        }
    }

    private MemberId id() {
        String v = fields.get(MEMBER);
        return v.isEmpty() ? null : MemberId.of(v);
    }

    private String text(int column, String what) {
        String v = fields.get(column);
        if (v.isEmpty()) {
            problem(what + " is missing (column " + COLUMNS[column] + ")");
        }
        return v;
    }

    private Integer whole(int column, String what) {
        String v = fields.get(column);
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            problem(what + " '" + v + "' is not a whole number (column " + COLUMNS[column] + ")");
            return null;
        }
    }

    private MonetaryAmount amount(String what) {
        return money(AMOUNT, what);
    }

    /** The amounts already read in this file, by their text: a file writes the same few amounts over and over. */
    private final Map<String, MonetaryAmount> amounts = new HashMap<>();

    private MonetaryAmount money(int column, String what) {
        String v = fields.get(column);
        MonetaryAmount known = amounts.get(v);
        if (known != null) {
            return known;
        }
        BigDecimal d = Csv.decimal(v, "is not an amount written like 12.50",
                words -> problem(what + " '" + Csv.shortly(v) + "' " + words + " (column " + COLUMNS[column] + ")"));
        if (d == null) {
            return null;
        }
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        if (Csv.tooLarge(d, digits)) {
            problem(what + " " + Csv.shortly(v) + " is too large to count (at most " + Csv.LARGEST + ", column "
                    + COLUMNS[column] + ")");
            return null;
        }
        if (d.stripTrailingZeros().scale() > digits) {
            problem(what + " " + v + " is finer than the smallest unit of " + currency.getCurrencyCode() + " ("
                    + digits + " decimals)");
            return null;
        }
        MonetaryAmount m = Money.of(d.setScale(Math.max(digits, d.scale()), RoundingMode.UNNECESSARY), currency);
        if (amounts.size() < 10_000) {
            amounts.put(v, m);
        }
        return m;
    }

    private void problem(String message) {
        rowOk = false;
        problems.add(new Problem(file, lineNo, message));
    }
}
