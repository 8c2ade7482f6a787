package org.avec.tools.ledgerlink;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.avec.SafeText;
import org.avec.tools.ledgerlink.LedgerLinkDatabase.Row;

/**
 * Ledger Link's per-meeting JSON submissions, read into the same tables as its database so that one mapping serves
 * both. The app posts each meeting as one object ({@code helpers/DataFactory.getJSONOutput}, as facts for
 * interoperability: repository capitoj/LedgerLink-Mobile-App, which has no licence; only the field names are taken):
 * {@code HeaderInfo}, {@code VslaCycleInfo}, {@code MembersInfo}, {@code MeetingInfo} with the meeting's totals,
 * and the meeting's rows ({@code AttendanceInfo}, {@code SavingInfo}, {@code FinesInfo}, {@code LoansInfo},
 * {@code RepaymentsInfo}, {@code WelfareInfo}, {@code OutstandingWelfareInfo}), every number a string made by Java's
 * {@code String.valueOf(double)} ({@code "5000.0"}, and {@code "1.0E7"} from ten million up).
 *
 * <p>A file holds {@code {"FileSubmission":[...]}} (the server's form), a list of submissions, one submission, or
 * several of these one after another. The row ids the phone sends ({@code SavingId}, {@code LoanId}, ...) are its
 * database's {@code _id}s, kept as the rows' keys: the entry identities of the records avec writes are the same from
 * the database and from the submissions.
 *
 * <p><b>What the submissions do not say</b>, and how it is read:
 * <ul>
 *   <li>A meeting sent twice (sent again after an edit on the phone): the later submission in the file is the phone's
 *       record of that meeting; the earlier is replaced whole ({@code RESENT}).</li>
 *   <li>When a member joined or left: the first meeting whose member list names her is when she joined; a member
 *       listed as not active, or no longer listed, left at the first such meeting.</li>
 *   <li>When a fine was charged: a submission carries the fines charged or paid at its meeting, each under the
 *       sending meeting's id; a fine was charged at the first meeting that sends it, and its state is the latest
 *       sent. Versions of the app that sent the fines charged without their state (not paid, type 0) leave only the
 *       meeting's total of fines paid ({@code MeetingInfo.Fines}): the fines paid are then the fines still owed that
 *       add up to that total, when only one choice of them does; otherwise the import stops
 *       ({@code FINES_PAID_UNKNOWN}): the payouts depend on who still owes.</li>
 *   <li>A loan's balance: the balance after its latest repayment sent, else the balance sent with the loan.</li>
 *   <li>No set-up meeting is marked and the profit before the records is not sent: a group that started its records
 *       part-way through the cycle is read as if its first meeting sent were its first.</li>
 * </ul>
 * Each meeting's rows must add up to the meeting's own totals ({@code Savings}, {@code LoansPaid},
 * {@code LoansIssued}, {@code Welfare}); rows missing from a submission are a fault ({@code TOTAL_MISMATCH}).
 *
 * <p>The group's pass key, the phone's IMEI and network, and the members' phone numbers, dates of birth and
 * occupations are skipped as the file is read: they are never kept, printed or written.
 */
final class LedgerLinkSubmissions {

    private LedgerLinkSubmissions() {}

    /** The largest file read: 32 MB (a group's year of submissions is well under one). */
    static final long LARGEST = 32L * 1024 * 1024;

    /**
     * The most values read in one file, a bound on memory whatever its shape (the sample's 16 meetings hold about
     * 6,000; a million is some 2,500 meetings).
     */
    static final int MOST_VALUES = 1_000_000;

    /** Fields skipped unread: a person's or the group's secrets, and what avec has no use for. */
    private static final Set<String> NEVER_READ = Set.of("PassKey", "PhoneImei", "PhoneNumber", "NetworkOperator",
            "NetworkType", "FinancialInstitution", "DateOfBirth", "Occupation", "AppVersion", "Comments", "Comment");

    /** The sections of a submission. */
    private static final Set<String> SECTIONS = Set.of("HeaderInfo", "VslaCycleInfo", "MembersInfo", "MeetingInfo",
            "AttendanceInfo", "SavingInfo", "FinesInfo", "LoansInfo", "RepaymentsInfo", "WelfareInfo",
            "OutstandingWelfareInfo");

    /** The most fines still owed among which the ones paid are looked for. */
    private static final int MOST_FINES_OWED = 16;

    /** The most additions spent looking for the fines paid, in one file: a few tenths of a second. */
    private static final long SEARCH_BUDGET = 20_000_000L;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(100_000)
                    .maxNumberLength(60).maxDocumentLength(LARGEST).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** A JSON object as read, with the line it starts on. */
    private record Obj(int line, Map<String, Object> fields) {
        Object get(String key) {
            return fields.get(key);
        }
    }

    /** Whether a file looks like JSON (its first character other than a byte-order mark or a space is { or [). */
    static boolean looksLikeJson(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64);
            for (byte b : head) {
                int c = b & 0xff;
                if (c == '{' || c == '[') {
                    return true;
                }
                if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != 0 && c != 0xEF && c != 0xBB && c != 0xBF
                        && c != 0xFE && c != 0xFF) {
                    return false;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads a file of submissions into tables. A file that is not a regular file, is larger than {@link #LARGEST}, or
     * is not JSON gives one fault, located at its line and column.
     */
    static LedgerLinkDatabase read(Path file) {
        LedgerLinkDatabase d = LedgerLinkDatabase.empty();
        d.kind = "submissions";
        String name = SafeText.of(String.valueOf(file.getFileName()));
        if (!d.readable(file, LARGEST, "NOT_SUBMISSIONS")) {
            return d;
        }
        Reader r = new Reader(d, name);
        JsonParser[] open = new JsonParser[1];
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
            open[0] = p;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                r.root(p, t);
            }
        } catch (JsonProcessingException e) {
            // a read constraint broken (nesting, a long string) gives no location: the parser still knows where it was
            JsonLocation at = e.getLocation() != null ? e.getLocation() : open[0] == null ? null
                    : open[0].currentLocation();
            String why = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            d.fault("file", null, "NOT_JSON", "line " + (at == null ? "?" : at.getLineNr()) + ", column "
                    + (at == null ? "?" : at.getColumnNr()) + " of " + name + ": not JSON as Ledger Link sends it ("
                    + SafeText.of(why.length() > 120 ? why.substring(0, 120) + "..." : why.split("\n")[0]) + ")");
            return d;
        } catch (TooMuch e) {
            d.fault("file", null, "NOT_SUBMISSIONS", "holds more than " + MOST_VALUES + " values (line "
                    + open[0].currentLocation().getLineNr() + " of " + name + "): not a group's submissions");
            return d;
        } catch (IOException e) {
            d.fault("file", null, "NOT_SUBMISSIONS", "cannot be read (" + SafeText.of(e.getMessage()) + ")");
            return d;
        }
        if (r.latest.isEmpty()) {
            if (!d.hasFaults()) {
                d.fault("file", null, "NOT_SUBMISSIONS", "holds no meeting: Ledger Link sends each meeting as an"
                        + " object with MeetingInfo, in {\"FileSubmission\":[...]}");
            }
            return d;
        }
        r.tables();
        return d;
    }

    /** Thrown when a file holds more values than {@link #MOST_VALUES}. */
    private static final class TooMuch extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** One meeting's submission: where it is in the file and its sections. */
    private record Submission(int line, long meetingId, LocalDate date, Obj body) {}

    private static final class Reader {
        final LedgerLinkDatabase d;
        final String file;
        int values;
        int count;
        final Set<String> groups = new LinkedHashSet<>();
        final Set<String> unknown = new LinkedHashSet<>();
        /** Each meeting's latest submission, and the lines of all it had. */
        final Map<Long, Submission> latest = new LinkedHashMap<>();
        final Map<Long, List<Integer>> sent = new HashMap<>();
        final Map<Long, Boolean> changed = new HashMap<>();

        Reader(LedgerLinkDatabase d, String file) {
            this.d = d;
            this.file = file;
        }

        String at(int line) {
            return file + " line " + line;
        }

        // ------------------------------------------------------------ the JSON, one submission at a time

        void root(JsonParser p, JsonToken t) throws IOException {
            if (t == JsonToken.START_ARRAY) {
                int line = p.currentTokenLocation().getLineNr();
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == JsonToken.START_OBJECT) {
                        root(p, t);
                    } else {
                        skip(p);
                        d.fault("file", null, "NOT_SUBMISSIONS", "a list holds something other than submissions ("
                                + at(line) + ")");
                    }
                }
                return;
            }
            if (t != JsonToken.START_OBJECT) {
                d.fault("file", null, "NOT_SUBMISSIONS", "a value that is not a submission (" + at(p
                        .currentTokenLocation().getLineNr()) + ")");
                skip(p);
                return;
            }
            // an object: the server's {"FileSubmission":[...]} (read a submission at a time), or one submission
            int line = p.currentTokenLocation().getLineNr();
            Map<String, Object> fields = new LinkedHashMap<>();
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                t = p.nextToken();
                if (key.equals("FileSubmission") && t == JsonToken.START_ARRAY) {
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (t == JsonToken.START_OBJECT) {
                            Obj o = object(p);
                            submission(o);
                        } else {
                            skip(p);
                            d.fault("FileSubmission", null, "NOT_SUBMISSIONS", "an element that is not a submission ("
                                    + at(p.currentTokenLocation().getLineNr()) + ")");
                        }
                    }
                } else if (NEVER_READ.contains(key)) {
                    p.skipChildren();
                } else {
                    fields.put(key, value(p, t));
                }
            }
            if (fields.keySet().stream().anyMatch(SECTIONS::contains)) {
                submission(new Obj(line, fields));
            } else if (!fields.isEmpty()) {
                d.fault("file", null, "NOT_SUBMISSIONS", "an object that is neither {\"FileSubmission\":[...]} nor a"
                        + " meeting's submission (fields " + SafeText.of(String.join(", ", fields.keySet().stream()
                                .limit(5).toList())) + "; " + at(line) + ")");
            }
        }

        void skip(JsonParser p) throws IOException {
            p.skipChildren();
        }

        Object value(JsonParser p, JsonToken t) throws IOException {
            if (++values > MOST_VALUES) {
                throw new TooMuch();
            }
            switch (t) {
                case START_OBJECT:
                    return object(p);
                case START_ARRAY: {
                    List<Object> list = new ArrayList<>();
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                        list.add(value(p, t));
                    }
                    return list;
                }
                case VALUE_STRING:
                    return p.getText();
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT: {
                    // a number with a huge exponent (1e999999) stays text, to be named, never expanded
                    BigDecimal n = p.getDecimalValue();
                    return n.scale() < -40 || n.scale() > 40 ? p.getText() : n;
                }
                case VALUE_TRUE:
                    return Boolean.TRUE;
                case VALUE_FALSE:
                    return Boolean.FALSE;
                default:
                    return null;
            }
        }

        /** An object from its opening brace (the current token); secrets and what avec does not use are skipped. */
        Obj object(JsonParser p) throws IOException {
            int line = p.currentTokenLocation().getLineNr();
            Map<String, Object> fields = new LinkedHashMap<>();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                t = p.nextToken();
                if (NEVER_READ.contains(key)) {
                    p.skipChildren();
                } else {
                    fields.put(key, value(p, t));
                }
            }
            return new Obj(line, fields);
        }

        // ------------------------------------------------------------ a submission

        void submission(Obj s) {
            count++;
            for (String k : s.fields().keySet()) {
                if (!SECTIONS.contains(k) && unknown.add(k)) {
                    d.note("submission", null, "UNKNOWN_FIELD", "'" + SafeText.of(k) + "' is not a part of Ledger"
                            + " Link's submissions as avec knows them: not read (" + at(s.line()) + ")");
                }
            }
            if (s.get("HeaderInfo") instanceof Obj h && h.get("VslaCode") instanceof String code && !code.isBlank()) {
                groups.add(code.trim());
                if (groups.size() == 2) {
                    d.fault("HeaderInfo", null, "GROUP_MIXED", "submissions of two groups (VslaCode "
                            + SafeText.of(String.join(" and ", groups)) + "): one group's records at a time ("
                            + at(h.line()) + ")");
                }
            }
            if (!(s.get("MeetingInfo") instanceof Obj m)) {
                d.fault("submission", null, "FIELD_MISSING", "a submission without MeetingInfo: no meeting to place its"
                        + " rows in (" + at(s.line()) + ")");
                return;
            }
            Long id = id(m, "MeetingId", "MeetingInfo");
            LocalDate date = date(m, "MeetingDate", "MeetingInfo", id == null ? "" : ": meeting " + id + " and its rows"
                    + " are left out");
            if (id == null || date == null) {
                return;
            }
            Submission before = latest.get(id);
            sent.computeIfAbsent(id, k -> new ArrayList<>()).add(s.line());
            if (before != null) {
                changed.merge(id, !same(withoutHeader(before.body()), withoutHeader(s)), Boolean::logicalOr);
            }
            latest.put(id, new Submission(s.line(), id, date, s));
        }

        static Map<String, Object> withoutHeader(Obj o) {
            Map<String, Object> m = new LinkedHashMap<>(o.fields());
            m.remove("HeaderInfo");
            return m;
        }

        /** Two values read alike, whatever their lines. */
        static boolean same(Object a, Object b) {
            if (a instanceof Obj x) {
                return b instanceof Obj y && same(x.fields(), y.fields());
            }
            if (a instanceof Map<?, ?> x) {
                if (!(b instanceof Map<?, ?> y) || !x.keySet().equals(y.keySet())) {
                    return false;
                }
                for (Object k : x.keySet()) {
                    if (!same(x.get(k), y.get(k))) {
                        return false;
                    }
                }
                return true;
            }
            if (a instanceof List<?> x) {
                if (!(b instanceof List<?> y) || x.size() != y.size()) {
                    return false;
                }
                for (int i = 0; i < x.size(); i++) {
                    if (!same(x.get(i), y.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            return Objects.equals(a, b);
        }

        // ------------------------------------------------------------ values

        /** A row's id: a whole number, written as text or as a number. */
        Long id(Obj o, String key, String section) {
            Object v = o.get(key);
            BigDecimal n = v instanceof BigDecimal b ? b : v instanceof String s ? decimal(s) : null;
            if (n == null) {
                d.fault(section, null, v == null ? "FIELD_MISSING" : "NOT_A_NUMBER", key + " is " + (v == null
                        ? "missing" : "'" + SafeText.of(String.valueOf(v)) + "'") + " (" + at(o.line()) + ")");
                return null;
            }
            try {
                return n.longValueExact();
            } catch (ArithmeticException e) {
                d.fault(section, null, "NOT_A_NUMBER", key + " " + n.toPlainString() + " is not a whole number ("
                        + at(o.line()) + ")");
                return null;
            }
        }

        LocalDate date(Obj o, String key, String section, String consequence) {
            Object v = o.get(key);
            String t = v instanceof String s ? s.trim() : "";
            try {
                return LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t);
            } catch (DateTimeParseException e) {
                d.fault(section, null, v == null ? "DATE_MISSING" : "NOT_A_DATE", key + " is " + (v == null ? "missing"
                        : "'" + SafeText.of(t.length() > 30 ? t.substring(0, 30) : t) + "', not a date written"
                        + " yyyy-MM-dd") + consequence + " (" + at(o.line()) + ")");
                return null;
            }
        }

        /** A number Ledger Link wrote as text ({@code "5000.0"}, {@code "1.0E7"}); null if it is not one. */
        static BigDecimal decimal(String s) {
            String t = s.trim();
            if (t.isEmpty() || t.length() > 40) {
                return null;
            }
            try {
                BigDecimal d = new BigDecimal(t);
                return d.scale() < -40 || d.scale() > 40 ? null : d;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /**
         * A field's value as the database would hold it: numbers as numbers, true/false as 1/0, dates and names as
         * text; text that is no number stays text, for the mapping to name.
         */
        static Object cell(Object v) {
            if (v instanceof Boolean b) {
                return b ? 1L : 0L;
            }
            if (v instanceof String s) {
                if (s.equalsIgnoreCase("true")) {
                    return 1L;
                }
                if (s.equalsIgnoreCase("false")) {
                    return 0L;
                }
                BigDecimal n = decimal(s);
                return n != null ? plain(n) : s;
            }
            return v instanceof BigDecimal b ? plain(b) : null;
        }

        /** A number as written without a needless fraction: Java's {@code "5000.0"} is 5000. */
        static BigDecimal plain(BigDecimal d) {
            BigDecimal p = d.stripTrailingZeros();
            return p.scale() < 0 ? p.setScale(0) : p;
        }

        // ------------------------------------------------------------ the tables

        final Map<String, Map<Long, Row>> rows = new LinkedHashMap<>();

        /** Every meeting's latest submission, made into the database's tables. */
        void tables() {
            for (String t : LedgerLinkSchema.TABLES.keySet()) {
                rows.put(t, new LinkedHashMap<>());
            }
            List<Submission> meetings = new ArrayList<>(latest.values());
            meetings.sort(Comparator.comparing(Submission::date).thenComparingLong(Submission::meetingId));
            for (Map.Entry<Long, List<Integer>> e : sent.entrySet()) {
                if (e.getValue().size() > 1) {
                    d.note("Meetings", e.getKey(), "RESENT", "the meeting was sent " + e.getValue().size() + " times"
                            + " (lines " + e.getValue().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b)
                            .orElse("") + "): " + (changed.getOrDefault(e.getKey(), false) ? "the submissions differ"
                            + " (sent again after later meetings, or after an edit on the phone); the last one counts"
                            : "the same each time; counted once"));
                }
            }
            Map<Long, LocalDate> dates = new HashMap<>();
            for (Submission s : meetings) {
                dates.put(s.meetingId(), s.date());
            }
            Map<Long, Long> loanMeeting = new HashMap<>();
            Map<Long, Long> fineMeeting = new HashMap<>();
            Map<Long, Long> welfareMeeting = new HashMap<>();
            for (Submission s : meetings) {
                Obj b = s.body();
                Obj m = (Obj) b.get("MeetingInfo");
                long meeting = s.meetingId();
                Long cycle = m.get("CycleId") != null ? id(m, "CycleId", "MeetingInfo")
                        : b.get("VslaCycleInfo") instanceof Obj c ? id(c, "CycleId", "VslaCycleInfo") : null;
                if (b.get("VslaCycleInfo") instanceof Obj c) {
                    Long cid = id(c, "CycleId", "VslaCycleInfo");
                    if (cid != null) {
                        put("VslaCycles", cid, c.line(), "StartDate", c.get("StartDate"), "EndDate", c.get("EndDate"),
                                "SharePrice", c.get("SharePrice"), "MaxShareQuantity", c.get("MaxShareQty"),
                                "MaxStartShare", c.get("MaxStartShare"), "InterestRate", c.get("InterestRate"));
                    }
                }
                put("Meetings", meeting, m.line(), "CycleId", cycle == null ? null : cycle.toString(), "MeetingDate",
                        s.date().toString(), "CashFromBox", m.get("OpeningBalanceBox"), "CashFromBank",
                        m.get("OpeningBalanceBank"), "CashSavedBox", m.get("ClosingBalanceBox"), "CashSavedBank",
                        m.get("ClosingBalanceBank"), "LoanFromBank", m.get("LoanFromBank"), "BankLoanRepayment",
                        m.get("BankLoanRepayment"));
                String here = Long.toString(meeting);
                for (Obj o : list(b, "AttendanceInfo")) {
                    row("Attendance", "AttendanceId", o, meeting, "MeetingId", here, "MemberId",
                            o.get("MemberId"), "IsPresent", o.get("IsPresentFlag"));
                }
                for (Obj o : list(b, "SavingInfo")) {
                    row("Savings", "SavingId", o, meeting, "MeetingId", here, "MemberId", o.get("MemberId"),
                            "Amount", o.get("Amount"));
                }
                for (Obj o : list(b, "WelfareInfo")) {
                    row("Welfare", "WelfareId", o, meeting, "MeetingId", here, "MemberId",
                            o.get("MemberId"), "Amount", o.get("Amount"));
                }
                for (Obj o : list(b, "RepaymentsInfo")) {
                    row("LoanRepayments", "RepaymentId", o, meeting, "MeetingId", here, "LoanId",
                            o.get("LoanId"), "MemberId", o.get("MemberId"), "Amount", o.get("Amount"), "BalanceBefore",
                            o.get("BalanceBefore"), "BalanceAfter", o.get("BalanceAfter"), "InterestAmount",
                            o.get("InterestAmount"), "RollOverAmount", o.get("RolloverAmount"));
                }
                // a loan is made at the first meeting that sends it, a fine charged at the first (it is sent with the
                // meeting it was charged at and with the one it was paid at, each time under the sending meeting's id)
                for (Obj o : list(b, "LoansInfo")) {
                    sentAgain("LoanIssues", "LoanId", o, meeting, loanMeeting, "LoanNo", o.get("LoanId"), "MemberId",
                            o.get("MemberId"), "PrincipalAmount", o.get("PrincipalAmount"), "InterestAmount",
                            o.get("InterestAmount"), "Balance", o.get("LoanBalance"), "DateDue", o.get("DateDue"),
                            "TotalRepaid", o.get("TotalRepaid"), "IsDefaulted", o.get("IsDefaulted"), "IsCleared",
                            o.get("IsCleared"), "IsWrittenOff", o.get("IsWrittenOff"));
                }
                for (Obj o : list(b, "FinesInfo")) {
                    sentAgain("Fines", "FineId", o, meeting, fineMeeting, "MemberId", o.get("MemberId"), "FineTypeId",
                            o.get("FineTypeId"), "Amount", o.get("Amount"), "IsDeleted", "0", "IsCleared",
                            o.get("IsCleared"), "PaidInMeetingId", o.get("PaidInMeetingId"));
                }
                for (Obj o : list(b, "OutstandingWelfareInfo")) {
                    sentAgain("OutstandingWelfare", "OutstandingWelfareId", o, meeting, welfareMeeting, "MemberId",
                            o.get("MemberId"), "Amount", o.get("Amount"), "IsCleared", o.get("IsCleared"),
                            "PaidInMeetingId", o.get("PaidInMeetingId"));
                }
            }
            members(meetings);
            balances(dates);
            finesPaid(meetings, dates);
            totals(meetings);
            // the cycles in the order they started, so that the last is the latest
            List<Row> cycles = new ArrayList<>(rows.get("VslaCycles").values());
            cycles.sort(Comparator.comparing((Row c) -> String.valueOf(c.get("StartDate"))).thenComparingLong(Row::id));
            rows.get("VslaCycles").clear();
            cycles.forEach(c -> rows.get("VslaCycles").put(c.id(), c));
            for (Map.Entry<String, Map<Long, Row>> t : rows.entrySet()) {
                List<Row> l = new ArrayList<>(t.getValue().values());
                if (!t.getKey().equals("VslaCycles")) {
                    l.sort(Comparator.comparingLong(Row::id));
                }
                d.tables.put(t.getKey(), l);
            }
            d.note("submission", null, "FROM_SUBMISSIONS", count + " submission" + (count == 1 ? "" : "s") + " of "
                    + latest.size() + " meeting" + (latest.size() == 1 ? "" : "s") + " read from " + file + ": a"
                    + " submission marks no set-up meeting and sends no profit made before the records began");
        }

        List<Obj> list(Obj body, String section) {
            Object v = body.get(section);
            if (v == null) {
                return List.of();
            }
            List<Obj> out = new ArrayList<>();
            if (v instanceof List<?> l) {
                for (Object o : l) {
                    if (o instanceof Obj x) {
                        out.add(x);
                    } else {
                        d.fault(section, null, "NOT_SUBMISSIONS", "holds something other than rows (" + at(body.line())
                                + ")");
                    }
                }
            } else {
                d.fault(section, null, "NOT_SUBMISSIONS", "is not a list of rows (" + at(body.line()) + ")");
            }
            return out;
        }

        /** A row of a meeting; the same id sent with two meetings is two rows under one id: a fault. */
        void row(String table, String key, Obj o, long meeting, Object... pairs) {
            Long id = id(o, key, section(table));
            if (id == null) {
                return;
            }
            Row before = rows.get(table).get(id);
            if (before != null) {
                d.fault(table, id, "DUPLICATE_ID", key + " " + id + " is sent with meeting " + before.get("MeetingId")
                        + " and with meeting " + meeting + ": one row id for two rows (records of two phones mixed?)");
                return;
            }
            put(table, id, o.line(), pairs);
        }

        /**
         * A row the phone sends again with later meetings (a loan, a fine, a welfare loan): it belongs to the first
         * meeting that sends it, and its figures are the latest sent.
         */
        void sentAgain(String table, String key, Obj o, long meeting, Map<Long, Long> firstSeen, Object... pairs) {
            Long id = id(o, key, section(table));
            if (id == null) {
                return;
            }
            Long first = firstSeen.putIfAbsent(id, meeting);
            Object[] all = java.util.Arrays.copyOf(pairs, pairs.length + 2);
            all[pairs.length] = "MeetingId";
            all[pairs.length + 1] = Long.toString(first == null ? meeting : first);
            put(table, id, o.line(), all);
        }

        static String section(String table) {
            switch (table) {
                case "Attendance": return "AttendanceInfo";
                case "Savings": return "SavingInfo";
                case "Welfare": return "WelfareInfo";
                case "LoanRepayments": return "RepaymentsInfo";
                case "LoanIssues": return "LoansInfo";
                case "Fines": return "FinesInfo";
                case "OutstandingWelfare": return "OutstandingWelfareInfo";
                default: return table;
            }
        }

        void put(String table, long id, int line, Object... pairs) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                values.put((String) pairs[i], cell(pairs[i + 1]));
            }
            rows.get(table).put(id, new Row(table, id, values));
            d.where.put(table + "#" + id, at(line));
        }

        /** Members: joined at the first meeting listing them, left at the first listing them inactive or not at all. */
        void members(List<Submission> meetings) {
            // one pass over the lists (a file's size, not its meetings times its members): for each member the first
            // meeting that lists her, the last, and the first listing her as gone since she was last listed active
            List<LocalDate> listings = new ArrayList<>();
            Map<Long, LocalDate> joined = new HashMap<>();
            Map<Long, Integer> lastListed = new HashMap<>();
            Map<Long, LocalDate> goneFrom = new HashMap<>();
            Map<Long, Obj> last = new LinkedHashMap<>();
            for (Submission s : meetings) {
                if (!(s.body().get("MembersInfo") instanceof List<?>)) {
                    continue;
                }
                listings.add(s.date());
                for (Obj o : list(s.body(), "MembersInfo")) {
                    Long id = id(o, "MemberId", "MembersInfo");
                    if (id == null) {
                        continue;
                    }
                    joined.putIfAbsent(id, s.date());
                    lastListed.put(id, listings.size() - 1);
                    last.put(id, o);
                    Object active = cell(o.get("IsActive"));
                    Object archived = cell(o.get("IsArchived"));
                    if (Objects.equals(active, 0L) || Objects.equals(archived, 1L)) {
                        goneFrom.putIfAbsent(id, s.date());
                    } else {
                        goneFrom.remove(id);
                    }
                }
            }
            for (Map.Entry<Long, Obj> e : last.entrySet()) {
                long id = e.getKey();
                Obj o = e.getValue();
                LocalDate gone = goneFrom.get(id);
                int at = lastListed.get(id);
                if (gone == null && at < listings.size() - 1) {
                    gone = listings.get(at + 1);
                    d.note("Members", id, "MEMBER_NOT_LISTED", "no longer in the members sent with the meeting of "
                            + gone + ": read as having left then");
                }
                put("Members", id, o.line(), "MemberNo", o.get("MemberNo"), "Surname", o.get("Surname"), "OtherNames",
                        o.get("OtherNames"), "Gender", o.get("Gender"), "DateJoined", joined.get(id).toString(),
                        "DateLeft", gone == null ? "" : gone.toString(), "HasLeft", gone == null ? "0" : "1");
            }
        }

        /** A loan's balance: after its latest repayment sent, else as sent with the loan. */
        void balances(Map<Long, LocalDate> dates) {
            Map<Long, Row> lastRepayment = new HashMap<>();
            for (Row r : rows.get("LoanRepayments").values()) {
                Object loan = r.get("LoanId");
                if (!(loan instanceof BigDecimal l) || r.get("BalanceAfter") == null) {
                    continue;
                }
                long key;
                try {
                    key = l.longValueExact();
                } catch (ArithmeticException e) {
                    continue;
                }
                Row before = lastRepayment.get(key);
                if (before == null || later(r, before, dates)) {
                    lastRepayment.put(key, r);
                }
            }
            for (Row loan : rows.get("LoanIssues").values()) {
                Row r = lastRepayment.get(loan.id());
                if (r != null) {
                    loan.values().put("Balance", r.get("BalanceAfter"));
                }
            }
        }

        boolean later(Row a, Row b, Map<Long, LocalDate> dates) {
            LocalDate x = dates.get(meetingOf(a));
            LocalDate y = dates.get(meetingOf(b));
            int c = x == null || y == null ? 0 : x.compareTo(y);
            return c != 0 ? c > 0 : a.id() > b.id();
        }

        static Long meetingOf(Row r) {
            return meetingOf(r, "MeetingId");
        }

        static Long meetingOf(Row r, String column) {
            Object m = r.get(column);
            try {
                return m instanceof BigDecimal b ? b.longValueExact() : null;
            } catch (ArithmeticException e) {
                return null;
            }
        }

        /**
         * The fines paid at each meeting: those sent as paid there, and the rest of the meeting's total of fines paid
         * read as the fines still owed that add up to it, when only one choice of them does.
         */
        void finesPaid(List<Submission> meetings, Map<Long, LocalDate> dates) {
            // one pass over the fines: by the date they were charged, and what was sent as paid at each meeting
            java.util.TreeMap<LocalDate, List<Row>> byCharge = new java.util.TreeMap<>();
            Map<Row, BigDecimal> amounts = new java.util.IdentityHashMap<>();
            Map<Long, BigDecimal> sentPaid = new HashMap<>();
            for (Row f : rows.get("Fines").values()) {
                BigDecimal a = d.number(f, "Amount");
                Long at = meetingOf(f);
                LocalDate charged = at == null ? null : dates.get(at);
                if (a == null || charged == null) {
                    continue;
                }
                amounts.put(f, a);
                byCharge.computeIfAbsent(charged, k -> new ArrayList<>()).add(f);
                Long in = Objects.equals(f.get("IsCleared"), 1L) ? meetingOf(f, "PaidInMeetingId") : null;
                LocalDate paidOn = in == null ? null : dates.get(in);
                if (paidOn != null && !charged.isAfter(paidOn)) {
                    sentPaid.merge(in, a, BigDecimal::add);
                }
            }
            // the fines still owed at each meeting, in the order the meetings were held
            java.util.LinkedHashSet<Row> owed = new java.util.LinkedHashSet<>();
            java.util.Iterator<Map.Entry<LocalDate, List<Row>>> next = byCharge.entrySet().iterator();
            Map.Entry<LocalDate, List<Row>> pending = next.hasNext() ? next.next() : null;
            long[] budget = {SEARCH_BUDGET};
            for (Submission s : meetings) {
                while (pending != null && !pending.getKey().isAfter(s.date())) {
                    for (Row f : pending.getValue()) {
                        // a fine of nothing is never paid (and would make any choice of fines two choices)
                        if (!Objects.equals(f.get("IsCleared"), 1L) && amounts.get(f).signum() > 0) {
                            owed.add(f);
                        }
                    }
                    pending = next.hasNext() ? next.next() : null;
                }
                Obj m = (Obj) s.body().get("MeetingInfo");
                Object v = cell(m.get("Fines"));
                if (v instanceof String text) {
                    d.fault("Meetings", s.meetingId(), "NOT_A_NUMBER", "MeetingInfo.Fines is '" + SafeText.of(text
                            .length() > 30 ? text.substring(0, 30) : text) + "', not a number");
                }
                if (!(v instanceof BigDecimal total)) {
                    continue;
                }
                BigDecimal paid = sentPaid.getOrDefault(s.meetingId(), BigDecimal.ZERO);
                BigDecimal rest = total.subtract(paid);
                if (rest.signum() == 0) {
                    continue;
                }
                if (rest.signum() < 0) {
                    d.fault("Meetings", s.meetingId(), "FINES_PAID_UNKNOWN", "the fines sent as paid at this meeting add"
                            + " up to " + paid.toPlainString() + ", more than its total of fines paid, " + total
                            .toPlainString());
                    continue;
                }
                List<Row> choices = new ArrayList<>(owed);
                boolean spent = choices.size() <= MOST_FINES_OWED && budget[0] < ((long) choices.size() << choices.size());
                List<Row> choice = onlyChoice(choices, amounts, rest, budget);
                if (choice == null) {
                    d.fault("Meetings", s.meetingId(), "FINES_PAID_UNKNOWN", rest.toPlainString() + " of fines paid at"
                            + " the meeting of " + s.date() + " (MeetingInfo.Fines " + total.toPlainString() + ") cannot"
                            + " be told from the fines still owed (" + choices.size() + ": " + choices.stream().limit(8)
                            .map(f -> "Fines#" + f.id() + " " + amounts.get(f).toPlainString())
                            .reduce((a, b) -> a + ", " + b).orElse("none") + (choices.size() > 8 ? ", ..." : "") + "):"
                            + " who paid changes who still owes; read the group's database instead" + (spent ? " (the"
                            + " search stopped: the file's earlier meetings used up its tries)" : ""));
                    continue;
                }
                for (Row f : choice) {
                    owed.remove(f);
                    f.values().put("IsCleared", 1L);
                    f.values().put("PaidInMeetingId", BigDecimal.valueOf(s.meetingId()));
                    if (!Objects.equals(meetingOf(f), s.meetingId())) {
                        d.note("Fines", f.id(), "FINE_PAID_INFERRED", "read as paid at the meeting of " + s.date()
                                + ": the only fines still owed that add up to its total of fines paid");
                    }
                }
            }
        }

        /**
         * The one subset of the fines owed whose amounts add up to the total, or null if none or several do, if more
         * than {@link #MOST_FINES_OWED} are owed, or if the file's search budget is spent (a file of many meetings
         * each with many fines owed could otherwise keep the import busy for hours).
         */
        static List<Row> onlyChoice(List<Row> owed, Map<Row, BigDecimal> amounts, BigDecimal total, long[] budget) {
            BigDecimal all = BigDecimal.ZERO;
            for (Row f : owed) {
                all = all.add(amounts.get(f));
            }
            if (all.compareTo(total) == 0) {
                // every fine owed paid (the usual meeting: each fine paid where it was charged): the only choice, as
                // every amount owed is more than nothing
                return owed;
            }
            int n = owed.size();
            if (n > MOST_FINES_OWED || budget[0] < ((long) n << n)) {
                return null;
            }
            budget[0] -= (long) n << n;
            int found = -1;
            for (int mask = 1; mask < (1 << n); mask++) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        sum = sum.add(amounts.get(owed.get(i)));
                    }
                }
                if (sum.compareTo(total) == 0) {
                    if (found >= 0) {
                        return null;
                    }
                    found = mask;
                }
            }
            if (found < 0) {
                return null;
            }
            List<Row> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((found & (1 << i)) != 0) {
                    out.add(owed.get(i));
                }
            }
            return out;
        }

        /** Each meeting's rows add up to its own totals: a row missing from a submission is a fault. */
        void totals(List<Submission> meetings) {
            Map<Long, Map<String, BigDecimal>> sums = new HashMap<>();
            sum(sums, "Savings", "Amount", "Savings");
            sum(sums, "LoanRepayments", "Amount", "LoansPaid");
            sum(sums, "Welfare", "Amount", "Welfare");
            sum(sums, "LoanIssues", "PrincipalAmount", "LoansIssued");
            for (Submission s : meetings) {
                Obj m = (Obj) s.body().get("MeetingInfo");
                for (String total : List.of("Savings", "LoansPaid", "LoansIssued", "Welfare")) {
                    Object v = cell(m.get(total));
                    if (v instanceof String text) {
                        d.fault("Meetings", s.meetingId(), "NOT_A_NUMBER", "MeetingInfo." + total + " is '"
                                + SafeText.of(text.length() > 30 ? text.substring(0, 30) : text) + "', not a number");
                    }
                    if (!(v instanceof BigDecimal said)) {
                        continue;
                    }
                    BigDecimal rowsSum = sums.getOrDefault(s.meetingId(), Map.of()).getOrDefault(total, BigDecimal.ZERO);
                    if (said.compareTo(rowsSum) != 0) {
                        d.fault("Meetings", s.meetingId(), "TOTAL_MISMATCH", "MeetingInfo." + total + " is "
                                + said.toPlainString() + " but the rows sent with the meeting of " + s.date() + " add up"
                                + " to " + rowsSum.toPlainString() + ": rows are missing from the submission");
                    }
                }
            }
        }

        void sum(Map<Long, Map<String, BigDecimal>> sums, String table, String column, String total) {
            for (Row r : rows.get(table).values()) {
                Long m = meetingOf(r);
                BigDecimal a = m == null ? null : d.number(r, column);
                if (a != null) {
                    sums.computeIfAbsent(m, k -> new TreeMap<>()).merge(total, a, BigDecimal::add);
                }
            }
        }
    }
}
