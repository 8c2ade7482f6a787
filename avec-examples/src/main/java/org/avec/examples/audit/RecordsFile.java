package org.avec.examples.audit;

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
import org.avec.Event;
import org.avec.LoanPurpose;
import org.avec.Member;
import org.avec.MemberId;
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
 * </pre>
 *
 * A date on a row other than {@code open} must be the date of its meeting. A field that a kind does not use must
 * be blank, so that a value in the wrong column is caught rather than ignored. Amounts are plain decimals in the
 * group's currency ({@code 12.50}), never finer than the currency's minor unit.
 */
final class RecordsFile {

    /** The header line every records file starts with. */
    static final String HEADER = "meeting,date,member,kind,count,amount,detail";

    /** One event and the line it was read from. */
    record Row(int line, Event event) {}

    /** What was read: founding members, events in file order, and the line of each founding member. */
    record Read(List<Member> founders, Map<MemberId, Integer> founderLines, List<Row> rows) {}

    private static final int MEETING = 0;
    private static final int DATE = 1;
    private static final int MEMBER = 2;
    private static final int KIND = 3;
    private static final int COUNT = 4;
    private static final int AMOUNT = 5;
    private static final int DETAIL = 6;
    private static final String[] COLUMNS = HEADER.split(",");

    private final String file;
    private final Constitution constitution;
    private final CurrencyUnit currency;
    private final List<Problem> problems;
    private int lineNo;
    private List<String> fields;
    private boolean rowOk;

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
        Map<Integer, LocalDate> meetingDates = new HashMap<>();
        boolean header = false;
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
                if (!String.join(",", fields).toLowerCase(Locale.ROOT).equals(HEADER)) {
                    problem("the first line must be the header '" + HEADER + "', found '" + line.strip() + "'");
                    return new Read(founders, founderLines, rows);
                }
                continue;
            }
            if (fields.size() != COLUMNS.length) {
                problem("expected " + COLUMNS.length + " fields (" + HEADER + "), found " + fields.size());
                continue;
            }
            rowOk = true;
            String kind = fields.get(KIND).toLowerCase(Locale.ROOT);
            Integer meeting = whole(MEETING, "meeting");
            if (meeting == null) {
                continue;
            }
            if (kind.equals("member")) {
                if (!rows.isEmpty()) {
                    problem("founding members are listed before the first meeting opens");
                    continue;
                }
                if (meeting != 0) {
                    problem("a founding member is on meeting 0, not " + meeting);
                }
                only(kind, MEMBER, DETAIL);
                MemberId id = id();
                String name = text(DETAIL, "the member's name");
                if (rowOk) {
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
                profile(meeting, founders, rows);
                continue;
            }
            LocalDate date = null;
            if (!fields.get(DATE).isEmpty()) {
                try {
                    date = LocalDate.parse(fields.get(DATE));
                } catch (DateTimeParseException e) {
                    problem("date '" + fields.get(DATE) + "' is not a date written yyyy-mm-dd");
                }
            }
            Event event = event(kind, meeting, date, meetingDates);
            if (rowOk && event != null) {
                rows.add(new Row(lineNo, event));
            }
        }
        if (!header) {
            problems.add(new Problem(file, 0, "the file is empty: no header '" + HEADER + "'"));
        }
        if (header && founders.isEmpty() && founderLines.isEmpty()
                && rows.stream().noneMatch(r -> r.event() instanceof Event.MemberJoined)) {
            problems.add(new Problem(file, 0, "the records name no member (no 'member' or 'join' row): a group has members"));
        }
        return new Read(founders, founderLines, rows);
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
        } else if (meeting > 0 && last != null && last.event() instanceof Event.MemberJoined j && j.member().equals(id)
                && j.meeting() == meeting && j.profile().equals(Profile.NONE)) {
            Profile given = p;
            Event joined = build(() -> new Event.MemberJoined(meeting, id, j.name(), given));
            rows.set(rows.size() - 1, new Row(last.line(), joined));
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
                String p = fields.get(DETAIL).toUpperCase(Locale.ROOT);
                for (Event.Presence x : Event.Presence.values()) {
                    if (x.name().equals(p)) {
                        presence = x;
                    }
                }
                if (presence == null) {
                    problem("attendance must be present, late or absent, not '" + fields.get(DETAIL) + "'");
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
            case "cash": {
                only(kind, AMOUNT, DETAIL);
                MonetaryAmount loanFund = amount("loan fund counted");
                MonetaryAmount socialFund = money(DETAIL, "social fund counted");
                return rowOk ? build(() -> new Event.CashCounted(meeting, loanFund, socialFund)) : null;
            }
            default:
                problem("unknown kind '" + fields.get(KIND) + "' (kinds: member, profile, open, join, attend, shares, social, "
                        + "handed-in, fine, fine-paid, grant, social-loan, social-repay, loan, repay, reschedule, write-off, leave, "
                        + "cash)");
                return null;
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

    private MonetaryAmount money(int column, String what) {
        String v = fields.get(column);
        BigDecimal d;
        try {
            d = new BigDecimal(v);
        } catch (NumberFormatException e) {
            problem(what + " '" + v + "' is not an amount written like 12.50 (column " + COLUMNS[column] + ")");
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
        return Money.of(d.setScale(Math.max(digits, d.scale()), RoundingMode.UNNECESSARY), currency);
    }

    private void problem(String message) {
        rowOk = false;
        problems.add(new Problem(file, lineNo, message));
    }
}
