package org.avec.tools.ledgerlink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.money.Monetary;
import org.avec.Cycle;
import org.avec.tools.audit.Audit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ledger Link's per-meeting JSON submissions read through the import: written from simulated cycles' databases as the
 * app sends them (never a real group's), the same share-out and entries as the database, a meeting sent twice, fines
 * sent without their state by earlier versions of the app, every problem code located at its line, and the secrets
 * the submissions carry never kept.
 */
class LedgerLinkSubmissionsTest {

    static final Path SAMPLE = Path.of("samples", "ledgerlink", "submissions.json");

    static LedgerLinkImport.Result imported(Path file) {
        return LedgerLinkImport.run(LedgerLinkSubmissions.read(file), new LedgerLinkImport.Options(null,
                Monetary.getCurrency("UGX"), null));
    }

    static Path submissions(Path dir, Cycle cycle, boolean finesState, boolean resent) throws IOException {
        Path db = LedgerLinkTest.fixture(dir, cycle, LedgerLinkFixture.Variant.CLEAN);
        Path json = dir.resolve("submissions-" + System.nanoTime() + ".json");
        LedgerLinkFixture.writeSubmissions(db, json, finesState, resent);
        return json;
    }

    static List<String> codes(LedgerLinkImport.Result r, boolean fault) {
        return r.findings().stream().filter(f -> f.fault() == fault).map(LedgerLinkDatabase.Finding::code).toList();
    }

    @Test
    void the_sample_submissions_give_the_database_s_share_out_events_and_entries() {
        LedgerLinkImport.Result db = LedgerLinkTest.imported(LedgerLinkFuzzProperties.SAMPLE);
        LedgerLinkImport.Result json = imported(SAMPLE);
        assertThat(codes(json, true)).isEmpty();
        assertThat(json.events()).isEqualTo(db.events());
        assertThat(json.entries()).isEqualTo(db.entries()).contains("ll:Meetings#1", "ll:Meetings#2/2")
                .doesNotHaveDuplicates();
        assertThat(LedgerLinkTest.nets(json.shareOut())).isEqualTo(LedgerLinkTest.nets(db.shareOut()));
        assertThat(json.lines()).isEqualTo(db.lines());
        assertThat(json.formula()).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo,
                BigDecimal.class).isEqualTo(db.formula());
    }

    @Test
    void the_command_prints_the_comparison_and_locates_its_notes_at_their_lines(@TempDir Path dir) throws IOException {
        LedgerLinkTest.Run r = LedgerLinkTest.run(SAMPLE.toString(), "--emit", dir.resolve("out").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Audit.PAYOUTS_DIFFER);
        assertThat(r.out()).contains("Ledger Link leaves 48,767.70 of E = 886,300 to nobody")
                .contains("What the submissions show")
                .containsPattern("ledgerlink:Members#10: MEMBER_ARCHIVED .* \\(submissions.json line \\d+\\)")
                .contains("FROM_SUBMISSIONS 16 submissions of 16 meetings");
        assertThat(Files.readString(dir.resolve("out").resolve("constitution.properties")))
                .startsWith("# Read from Ledger Link's submissions: cycle 1\n");
        assertThat(Files.readString(dir.resolve("out").resolve("records.csv"))).contains(",ll:Savings#1,")
                .contains(",ll:LoanIssues#1,");
    }

    @Test
    void the_pass_key_imei_and_phone_numbers_are_never_kept_printed_or_written(@TempDir Path dir) throws IOException {
        assertThat(Files.readString(SAMPLE)).contains("FIXTURE-PASSKEY-4711").contains("356938035643809")
                .contains("0772000");
        LedgerLinkDatabase d = LedgerLinkSubmissions.read(SAMPLE);
        assertThat(d.tables.toString()).doesNotContain("FIXTURE-PASSKEY").doesNotContain("356938035643809")
                .doesNotContain("0772000").doesNotContain("1990-01-01").doesNotContain("farmer");
        LedgerLinkTest.Run r = LedgerLinkTest.run(SAMPLE.toString(), "--emit", dir.resolve("out").toString());
        StringBuilder all = new StringBuilder(r.out()).append(r.err());
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            for (Path p : files.toList()) {
                all.append(Files.readString(p));
            }
        }
        assertThat(all.toString()).doesNotContain("FIXTURE-PASSKEY").doesNotContain("356938035643809")
                .doesNotContain("0772000");
    }

    @Test
    void a_meeting_sent_again_counts_once_and_the_later_copy_wins(@TempDir Path dir) throws IOException {
        Cycle group = LedgerLinkFixture.simulate(7, 6, 8, true, false);
        Path json = submissions(dir, group, true, true);
        LedgerLinkImport.Result r = imported(json);
        assertThat(codes(r, true)).isEmpty();
        assertThat(codes(r, false)).contains("RESENT");
        assertThat(LedgerLinkTest.nets(r.shareOut())).isEqualTo(LedgerLinkTest.nets(group.shareOut()));
        // the very same file twice over: every meeting the same each time
        Path twice = dir.resolve("twice.json");
        String one = Files.readString(submissions(dir, group, true, false));
        Files.writeString(twice, one + one);
        LedgerLinkImport.Result t = imported(twice);
        assertThat(codes(t, true)).isEmpty();
        assertThat(t.findings()).filteredOn(f -> f.code().equals("RESENT")).hasSize(8)
                .allMatch(f -> f.message().contains("the same each time; counted once"));
        assertThat(LedgerLinkTest.nets(t.shareOut())).isEqualTo(LedgerLinkTest.nets(group.shareOut()));
        // an edit on the phone sent again: the later copy of the meeting counts (member 1 bought no share at meeting 1)
        java.util.regex.Matcher saving = java.util.regex.Pattern.compile("\"SavingId\" : \"1\",\\s*\"MemberId\" : "
                + "\"1\",\\s*\"Amount\" : \"(\\d+)\\.0\"").matcher(one);
        assertThat(saving.find()).isTrue();
        BigDecimal was = new BigDecimal(saving.group(1));
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("\"Savings\" : \"(\\d+)\\.0\"").matcher(one);
        assertThat(total.find()).isTrue();
        String edited = one.substring(0, total.start()) + "\"Savings\" : \"" + new BigDecimal(total.group(1)).subtract(was)
                + "\"" + one.substring(total.end(), saving.start()) + "\"SavingId\" : \"1\", \"MemberId\" : \"1\","
                + " \"Amount\" : \"0.0\"" + one.substring(saving.end());
        Files.writeString(dir.resolve("edited.json"), one + edited);
        LedgerLinkImport.Result e = imported(dir.resolve("edited.json"));
        assertThat(codes(e, true)).isEmpty();
        assertThat(e.findings()).filteredOn(f -> f.code().equals("RESENT") && f.message().contains("differ"))
                .singleElement().satisfies(f -> assertThat(f.id()).isEqualTo(1L));
        assertThat(e.events()).filteredOn(x -> x instanceof org.avec.Event.SharesBought b && b.meeting() == 1
                && b.member().value().equals("1")).isEmpty();
        assertThat(t.events()).filteredOn(x -> x instanceof org.avec.Event.SharesBought b && b.meeting() == 1
                && b.member().value().equals("1")).hasSize(1);
        // a meeting's total that is not a number is named
        Files.writeString(dir.resolve("total.json"), one.replaceFirst("\"Savings\" : \"\\d+\\.0\"",
                "\"Savings\" : \"SAVINGS\""));
        assertThat(imported(dir.resolve("total.json")).findings()).filteredOn(f -> f.code().equals("NOT_A_NUMBER"))
                .singleElement().satisfies(f -> assertThat(f.toString()).isEqualTo("ledgerlink:Meetings#1: NOT_A_NUMBER"
                        + " MeetingInfo.Savings is 'SAVINGS', not a number"));
    }

    @Test
    void fines_sent_without_their_state_are_read_from_the_meeting_s_total_only_when_one_choice_adds_up(
            @TempDir Path dir) throws IOException {
        // the older app: fines charged at the meeting, never their payment; the meeting's total of fines paid
        String json = """
                {"FileSubmission":[
                 {"HeaderInfo":{"VslaCode":"T1","PassKey":"K"},
                  "VslaCycleInfo":{"CycleId":"1","StartDate":"2026-01-06","EndDate":"2026-01-20","SharePrice":"2000.0",
                   "MaxShareQty":"5","MaxStartShare":"0.0","InterestRate":"10.0"},
                  "MembersInfo":[{"MemberId":"1","MemberNo":"1","Surname":"Nakato","OtherNames":"Grace","IsActive":true},
                                 {"MemberId":"2","MemberNo":"2","Surname":"Achieng","OtherNames":"Mary","IsActive":true}],
                  "MeetingInfo":{"CycleId":"1","MeetingId":"1","MeetingDate":"2026-01-06","Savings":"8000.0",
                   "Fines":"0.0","LoansPaid":"0.0","LoansIssued":"0.0","Welfare":"0.0"},
                  "SavingInfo":[{"SavingId":"1","MemberId":"1","Amount":"4000.0"},
                                {"SavingId":"2","MemberId":"2","Amount":"4000.0"}],
                  "FinesInfo":[{"FineId":"1","MemberId":"1","Amount":"500.0","FineTypeId":"0","IsCleared":false,
                                "PaidInMeetingId":"0","MeetingId":"1"},
                               {"FineId":"2","MemberId":"2","Amount":"1000.0","FineTypeId":"0","IsCleared":false,
                                "PaidInMeetingId":"0","MeetingId":"1"}]},
                 {"HeaderInfo":{"VslaCode":"T1"},
                  "MembersInfo":[{"MemberId":"1","MemberNo":"1","Surname":"Nakato","OtherNames":"Grace","IsActive":true},
                                 {"MemberId":"2","MemberNo":"2","Surname":"Achieng","OtherNames":"Mary","IsActive":true}],
                  "MeetingInfo":{"CycleId":"1","MeetingId":"2","MeetingDate":"2026-01-13","Savings":"4000.0",
                   "Fines":"PAID","LoansPaid":"0.0","LoansIssued":"0.0"},
                  "SavingInfo":[{"SavingId":"3","MemberId":"1","Amount":"2000.0"},
                                {"SavingId":"4","MemberId":"2","Amount":"2000.0"}]}
                ]}
                """;
        Path one = dir.resolve("unique.json");
        Files.writeString(one, json.replace("\"PAID\"", "\"1000.0\""));
        LedgerLinkImport.Result r = imported(one);
        assertThat(codes(r, true)).isEmpty();
        assertThat(r.findings()).filteredOn(f -> f.code().equals("FINE_PAID_INFERRED")).singleElement()
                .satisfies(f -> assertThat(f.toString()).startsWith("ledgerlink:Fines#2: FINE_PAID_INFERRED"));
        assertThat(r.events()).filteredOn(e -> e instanceof org.avec.Event.FinePaid).singleElement()
                .satisfies(e -> assertThat(((org.avec.Event.FinePaid) e).member().value()).isEqualTo("2"));
        // 500 + 1,000 owed and 1,500 paid: both; 0 paid: neither; 700: no choice adds up
        Path both = dir.resolve("both.json");
        Files.writeString(both, json.replace("\"PAID\"", "\"1500.0\""));
        assertThat(imported(both).events()).filteredOn(e -> e instanceof org.avec.Event.FinePaid).hasSize(2);
        Path none = dir.resolve("none.json");
        Files.writeString(none, json.replace("\"PAID\"", "\"700.0\""));
        LedgerLinkImport.Result n = imported(none);
        assertThat(n.findings()).filteredOn(f -> f.code().equals("FINES_PAID_UNKNOWN")).singleElement()
                .satisfies(f -> assertThat(f.toString()).startsWith("ledgerlink:Meetings#2: FINES_PAID_UNKNOWN 700 of"
                        + " fines paid at the meeting of 2026-01-13").contains("Fines#1 500, Fines#2 1000"));
        // two fines of 500 owed and 500 paid: either could be the one paid
        Path either = dir.resolve("either.json");
        Files.writeString(either, json.replace("\"PAID\"", "\"500.0\"").replace("\"Amount\":\"1000.0\"",
                "\"Amount\":\"500.0\""));
        assertThat(codes(imported(either), true)).containsExactly("FINES_PAID_UNKNOWN");
    }

    @Test
    void a_member_no_longer_listed_has_left_a_part_not_known_is_named_and_a_meeting_needs_its_date(@TempDir Path dir)
            throws IOException {
        String json = """
                [{"HeaderInfo":{"VslaCode":"T1"}, "Extra":{"x":1},
                  "VslaCycleInfo":{"CycleId":"1","StartDate":"2026-01-06","SharePrice":"2000.0","MaxShareQty":"5",
                   "InterestRate":"10.0"},
                  "MembersInfo":[{"MemberId":"1","MemberNo":"1","Surname":"Nakato","IsActive":true},
                                 {"MemberId":"2","MemberNo":"2","Surname":"Achieng","IsActive":true}],
                  "MeetingInfo":{"CycleId":"1","MeetingId":"1","MeetingDate":"2026-01-06","Savings":"4000.0"},
                  "SavingInfo":[{"SavingId":"1","MemberId":"1","Amount":"2000.0"},
                                {"SavingId":"2","MemberId":"2","Amount":"2000.0"}]},
                 {"HeaderInfo":{"VslaCode":"T1"},
                  "MembersInfo":[{"MemberId":"1","MemberNo":"1","Surname":"Nakato","IsActive":true}],
                  "MeetingInfo":{"CycleId":"1","MeetingId":"2","MeetingDate":"2026-01-13","Savings":"2000.0"},
                  "SavingInfo":[{"SavingId":"3","MemberId":"1","Amount":"2000.0"}]}]
                """;
        Path f = dir.resolve("left.json");
        Files.writeString(f, json);
        LedgerLinkImport.Result r = imported(f);
        assertThat(codes(r, true)).isEmpty();
        assertThat(r.findings()).extracting(Object::toString).anySatisfy(t -> assertThat(t).startsWith(
                "ledgerlink:Members#2: MEMBER_NOT_LISTED no longer in the members sent with the meeting of 2026-01-13"))
                .anySatisfy(t -> assertThat(t).startsWith("ledgerlink:submission: UNKNOWN_FIELD 'Extra' is not a part"));
        assertThat(r.cycle().member("2").isActive()).isFalse();
        assertThat(r.cycle().member("2").leftAt()).isEqualTo(2);
        Files.writeString(f, json.replace("\"MeetingDate\":\"2026-01-13\",", ""));
        assertThat(imported(f).findings()).extracting(Object::toString).anySatisfy(t -> assertThat(t).startsWith(
                "ledgerlink:MeetingInfo: DATE_MISSING MeetingDate is missing: meeting 2 and its rows are left out (left.json"
                + " line 11)"));
    }

    @Test
    void the_search_for_fines_paid_is_bounded_however_many_meetings_ask_for_it(@TempDir Path dir) throws IOException {
        // each meeting: 16 fines owed with amounts 1, 2, 4, ... 32768 (any total has one choice at most), of which all
        // but one are paid: every search looks at the 65,535 choices, and the file's tries run out after some twenty
        StringBuilder json = new StringBuilder("{\"FileSubmission\":[\n");
        long fine = 1;
        long leftover = 0;
        for (int k = 1; k <= 60; k++) {
            java.time.LocalDate date = java.time.LocalDate.of(2026, 1, 6).plusWeeks(k - 1);
            StringBuilder fines = new StringBuilder();
            long sum = leftover;
            long keep = leftover == 1 ? 2 : 1;
            for (long a = 1; a <= 32768; a *= 2) {
                if (a == leftover) {
                    continue;
                }
                fines.append(fines.length() == 0 ? "" : ",").append("{\"FineId\":\"").append(fine++)
                        .append("\",\"MemberId\":\"1\",\"Amount\":\"").append(a).append(".0\",\"IsCleared\":false}");
                sum += a;
            }
            json.append(k == 1 ? "" : ",\n").append("{\"HeaderInfo\":{\"VslaCode\":\"T1\"},")
                    .append(k == 1 ? "\"VslaCycleInfo\":{\"CycleId\":\"1\",\"StartDate\":\"2026-01-06\","
                            + "\"SharePrice\":\"100.0\",\"MaxShareQty\":\"5\",\"InterestRate\":\"10.0\"}," : "")
                    .append("\"MembersInfo\":[{\"MemberId\":\"1\",\"MemberNo\":\"1\",\"Surname\":\"Nakato\","
                            + "\"IsActive\":true}],")
                    .append("\"MeetingInfo\":{\"CycleId\":\"1\",\"MeetingId\":\"").append(k)
                    .append("\",\"MeetingDate\":\"").append(date).append("\",\"Fines\":\"").append(sum - keep)
                    .append(".0\"},\"FinesInfo\":[").append(fines).append("]}");
            leftover = keep;
        }
        json.append("\n]}\n");
        Path f = dir.resolve("many.json");
        Files.writeString(f, json.toString());
        LedgerLinkImport.Result r = imported(f);
        List<LedgerLinkDatabase.Finding> unknown = r.findings().stream()
                .filter(x -> x.code().equals("FINES_PAID_UNKNOWN")).toList();
        assertThat(r.findings()).filteredOn(x -> x.code().equals("FINE_PAID_INFERRED")).isNotEmpty();
        // the first meeting past the tries says so; after it the fines owed pile up beyond any search, and are named
        assertThat(unknown).isNotEmpty();
        assertThat(unknown.get(0).message()).contains("the search stopped");
        assertThat(unknown.get(0).id()).isGreaterThan(10L).isLessThan(40L);
        assertThat(unknown).hasSize(60 - unknown.get(0).id().intValue() + 1);
    }

    @Test
    void numbers_are_read_exactly_as_java_writes_them(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("big.json");
        Files.writeString(f, """
                {"HeaderInfo":{"VslaCode":"T1"},
                 "VslaCycleInfo":{"CycleId":"1","StartDate":"2026-01-06","EndDate":"2026-01-06","SharePrice":"1.0E7",
                  "MaxShareQty":"5","InterestRate":"10.0"},
                 "MembersInfo":[{"MemberId":"1","MemberNo":"1","Surname":"Nakato","IsActive":"true"}],
                 "MeetingInfo":{"CycleId":"1","MeetingId":"1","MeetingDate":"2026-01-06","Savings":"2.0E7"},
                 "SavingInfo":[{"SavingId":"1","MemberId":"1","Amount":2.0E7}]}
                """);
        LedgerLinkImport.Result r = imported(f);
        assertThat(codes(r, true)).isEmpty();
        assertThat(r.constitutionText()).contains("share.value = 10000000\n");
        assertThat(r.events()).filteredOn(e -> e instanceof org.avec.Event.SharesBought).singleElement()
                .satisfies(e -> assertThat(((org.avec.Event.SharesBought) e).shares()).isEqualTo(2));
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of("cut short", "NOT_JSON", "end-of-input", (java.util.function.UnaryOperator<String>)
                        s -> s.substring(0, s.indexOf("\"MembersInfo\""))),
                Arguments.of("a key twice", "NOT_JSON", "Duplicate field", (java.util.function.UnaryOperator<String>)
                        s -> s.replaceFirst("\"CycleId\" : \"1\",", "\"CycleId\" : \"1\", \"CycleId\" : \"2\",")),
                Arguments.of("nested too deep", "NOT_JSON", "nesting depth", (java.util.function.UnaryOperator<String>)
                        s -> s.replaceFirst("\"HeaderInfo\" : \\{", "\"X\" : " + "[".repeat(40) + "]".repeat(40)
                                + ", \"HeaderInfo\" : {")),
                Arguments.of("not submissions", "NOT_SUBMISSIONS", "neither", (java.util.function.UnaryOperator<String>)
                        s -> "{\"meetings\": []}"),
                Arguments.of("no meeting", "FIELD_MISSING", "without MeetingInfo", (java.util.function.UnaryOperator<String>)
                        s -> s.replaceFirst("\"MeetingInfo\"", "\"MeetingInformation\"")),
                Arguments.of("a date", "NOT_A_DATE", "MeetingDate is '06/01/2026'", (java.util.function.UnaryOperator<String>)
                        s -> s.replaceFirst("\"MeetingDate\" : \"2026-01-06\"", "\"MeetingDate\" : \"06/01/2026\"")),
                Arguments.of("a row missing", "TOTAL_MISMATCH", "MeetingInfo.Savings is", (java.util.function.UnaryOperator<String>)
                        s -> s.replaceFirst("\\{\\s*\"SavingId\" : \"1\",[^}]*\\},", "")),
                Arguments.of("two groups", "GROUP_MIXED", "VslaCode AVEC-FIXTURE and OTHER", (java.util.function.UnaryOperator<String>)
                        s -> s.replaceFirst("(?s)(.*)\"VslaCode\" : \"AVEC-FIXTURE\"", "$1\"VslaCode\" : \"OTHER\"")),
                Arguments.of("one id, two meetings", "DUPLICATE_ID", "SavingId 1 is sent with meeting 1 and with meeting 2",
                        (java.util.function.UnaryOperator<String>) s -> s.replaceFirst("(?s)(\"SavingInfo\" : \\[.*?\"SavingInfo\" : \\[\\s*\\{\\s*\"SavingId\" : )\"\\d+\"", "$1\"1\"")),
                Arguments.of("not a number", "NOT_A_NUMBER", "Amount is 'NaN'", (java.util.function.UnaryOperator<String>)
                        s -> s.replaceFirst("\"Amount\" : \"\\d+\\.0\"", "\"Amount\" : \"NaN\"")),
                Arguments.of("a huge exponent", "NOT_A_NUMBER", "1e999999", (java.util.function.UnaryOperator<String>)
                        s -> s.replaceFirst("\"Amount\" : \"\\d+\\.0\"", "\"Amount\" : 1e999999")),
                Arguments.of("too many values", "NOT_SUBMISSIONS", "holds more than 1000000 values",
                        (java.util.function.UnaryOperator<String>) s -> "{\"FileSubmission\":[{\"MeetingInfo\":\n{\"X\":["
                                + "0,".repeat(1_000_001) + "0]}}]}"),
                Arguments.of("rows that are not rows", "NOT_SUBMISSIONS", "holds something other than rows", (java.util.function.UnaryOperator<String>)
                        s -> s.replaceFirst("\"SavingInfo\" : \\[", "\"SavingInfo\" : [ 12, ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void each_problem_is_located_and_stops_the_import(String name, String code, String says,
            java.util.function.UnaryOperator<String> damage, @TempDir Path dir) throws IOException {
        Path f = dir.resolve("damaged.json");
        Files.writeString(f, damage.apply(Files.readString(SAMPLE)), StandardCharsets.UTF_8);
        LedgerLinkTest.Run r = LedgerLinkTest.run(f.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Audit.INVALID);
        assertThat(r.err()).as(r.err()).containsPattern("(?m)^ledgerlink:[A-Za-z]+(#\\d+)?: " + code + " .*"
                + java.util.regex.Pattern.quote(says)).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().lines().filter(l -> l.contains(code)).findFirst().orElseThrow()).containsPattern(
                "line \\d+");
    }

    @Test
    void an_amount_written_with_a_thousands_comma_is_read_and_said(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("comma.json");
        String s = Files.readString(SAMPLE);
        String first = s.substring(s.indexOf("\"SavingInfo\""));
        String amount = first.replaceFirst("(?s).*?\"Amount\" : \"(\\d+)\\.0\".*", "$1");
        Files.writeString(f, s.replaceFirst("\"Amount\" : \"" + amount + "\\.0\"", "\"Amount\" : \""
                + String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(amount)) + "\""));
        LedgerLinkImport.Result r = imported(f);
        assertThat(codes(r, true)).isEmpty();
        assertThat(codes(r, false)).contains("NUMBER_AS_TEXT");
        assertThat(LedgerLinkTest.nets(r.shareOut())).isEqualTo(LedgerLinkTest.nets(imported(SAMPLE).shareOut()));
    }

    @Test
    void a_file_is_told_from_a_database_by_its_first_character(@TempDir Path dir) throws IOException {
        assertThat(LedgerLinkSubmissions.looksLikeJson(SAMPLE)).isTrue();
        assertThat(LedgerLinkSubmissions.looksLikeJson(LedgerLinkFuzzProperties.SAMPLE)).isFalse();
        Path bom = dir.resolve("bom.json");
        Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n'},
                Files.readAllBytes(SAMPLE)));
        assertThat(LedgerLinkSubmissions.looksLikeJson(bom)).isTrue();
        assertThat(codes(imported(bom), true)).isEmpty();
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "   \n");
        LedgerLinkTest.Run r = LedgerLinkTest.run(empty.toString());
        assertThat(r.code()).isEqualTo(Audit.INVALID);
        Files.writeString(empty, "[]");
        assertThat(LedgerLinkTest.run(empty.toString()).err()).contains("NOT_SUBMISSIONS holds no meeting");
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
