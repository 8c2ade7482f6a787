package org.avec.tools.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's records as spreadsheets save them, read to the same share-out: French-locale Excel (semicolons, decimal
 * commas, Windows-1252, CRLF), "Unicode text" (UTF-16 with a byte-order mark), the columns moved about with empty
 * columns at the end; and another app's payout sheet found by its column names.
 */
class SpreadsheetFilesTest {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The sample's rows, parsed (comments and blank lines kept as they are, as null). */
    static List<List<String>> sampleRows(String sample) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(AuditTest.sample(sample)), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                rows.add(null);
                continue;
            }
            CSVRecord r = CSVFormat.DEFAULT.parse(new StringReader(line)).getRecords().get(0);
            rows.add(new ArrayList<>(r.toList()));
        }
        return rows;
    }

    /** The statement part of a run's output: everything after the notes on how the files were read. */
    static String statement(AuditTest.Run run) {
        return run.out().lines().filter(l -> !l.matches("avec-audit: .* (is not UTF-8|was read as|is semicolon).*"))
                .reduce("", (a, b) -> a + b + "\n").replace("Aïcha", "Aicha");
    }

    @Test
    void a_french_excel_copy_gives_the_same_share_out(@TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder();
        for (List<String> row : sampleRows("records.csv")) {
            if (row == null) {
                text.append("# a comment, as a spreadsheet keeps it\r\n");
                continue;
            }
            List<String> french = new ArrayList<>();
            for (String f : row) {
                String v = f.matches("-?\\d+\\.\\d+") ? f.replace('.', ',') : f;
                french.add(v.replace("Aicha", "Aïcha"));
            }
            text.append(String.join(";", french)).append("\r\n");
        }
        Path excel = dir.resolve("records-excel.csv");
        Files.write(excel, text.toString().getBytes(WINDOWS_1252));
        assertThat(new String(Files.readAllBytes(excel), StandardCharsets.ISO_8859_1)).contains("A\u00efcha")
                .contains(";250,00;");
        AuditTest.Run sample = AuditTest.audit("-c", AuditTest.sample("constitution.properties"), "-r",
                AuditTest.sample("records.csv"), "-p", AuditTest.sample("payouts.csv"));
        AuditTest.Run run = AuditTest.audit("-c", AuditTest.sample("constitution.properties"), "-r", excel.toString(),
                "-p", AuditTest.sample("payouts.csv"));
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("avec-audit: " + excel + " is not UTF-8 (line ")
                .contains("it was read as Windows-1252").contains(excel + " is semicolon-separated with decimal commas.");
        assertThat(statement(run)).isEqualTo(statement(sample));
    }

    @Test
    void utf16_and_columns_in_another_order_give_the_same_share_out(@TempDir Path dir) throws IOException {
        String sampleText = Files.readString(Path.of(AuditTest.sample("records.csv")));
        Path utf16 = dir.resolve("records-utf16.csv");
        Files.write(utf16, ("\uFEFF" + sampleText).getBytes(StandardCharsets.UTF_16LE));
        StringBuilder moved = new StringBuilder();
        for (List<String> row : sampleRows("records.csv")) {
            if (row == null) {
                continue;
            }
            // the columns backwards, the header's names in capitals with an accent, two empty columns at the end
            List<String> back = new ArrayList<>();
            for (int i = row.size() - 1; i >= 0; i--) {
                String f = row.get(i);
                back.add(f.contains(",") || f.contains("\"") ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
            }
            String line = String.join(",", back) + ",,";
            moved.append(moved.length() == 0 ? line.toUpperCase(java.util.Locale.ROOT).replace("DATE", "DÂTE") : line)
                    .append('\n');
        }
        Path reordered = dir.resolve("records-moved.csv");
        Files.writeString(reordered, moved);
        AuditTest.Run sample = AuditTest.audit("-c", AuditTest.sample("constitution.properties"), "-r",
                AuditTest.sample("records.csv"));
        for (Path p : List.of(utf16, reordered)) {
            AuditTest.Run run = AuditTest.audit("-c", AuditTest.sample("constitution.properties"), "-r", p.toString());
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(statement(run)).isEqualTo(statement(sample));
        }
        assertThat(AuditTest.audit("-c", AuditTest.sample("constitution.properties"), "-r", utf16.toString()).out())
                .startsWith("avec-audit: " + utf16 + " was read as UTF-16 (its byte-order mark says so).");
    }

    @Test
    void a_file_that_is_neither_utf8_nor_windows_1252_names_its_first_bad_line(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(AuditTest.sample("records.csv")));
        byte[] head = (String.join("\n", lines.subList(0, 19)) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = "0,,M09,member,,,R\u00e9a\n".getBytes(StandardCharsets.ISO_8859_1); // é as one byte: not UTF-8
        byte[] worse = {'#', ' ', (byte) 0x81, '\n'}; // 0x81 is no character in Windows-1252 either
        Path file = dir.resolve("records.csv");
        Files.write(file, concat(head, bad, worse));
        AuditTest.Run run = AuditTest.audit("-c", AuditTest.sample("constitution.properties"), "-r", file.toString());
        assertThat(run.code()).isEqualTo(Audit.INVALID);
        assertThat(run.err()).startsWith(file + ": is neither UTF-8 text (line 20 is the first that is not) nor"
                + " Windows-1252 (line 21 is not): save it as UTF-8");
    }

    @Test
    void another_app_s_payout_sheet_is_read_by_its_column_names(@TempDir Path dir) throws IOException {
        StringBuilder sheet = new StringBuilder("Membre;Nom;Commentaire;Net vers\u00e9\r\n");
        for (List<String> row : sampleRows("payouts.csv")) {
            if (row != null && !row.get(0).equals("member")) {
                sheet.append(row.get(0)).append(";x;1;").append(row.get(1).replace('.', ',')).append("\r\n");
            }
        }
        Path payouts = dir.resolve("paiements.csv");
        Files.write(payouts, sheet.toString().getBytes(WINDOWS_1252));
        AuditTest.Run run = AuditTest.audit("-c", AuditTest.sample("constitution.properties"), "-r",
                AuditTest.sample("records.csv"), "-p", payouts.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("All 7 payouts match the share-out.");
        Files.writeString(payouts, "Nom;Parts\nFatima;1\n");
        AuditTest.Run wrong = AuditTest.audit("-c", AuditTest.sample("constitution.properties"), "-r",
                AuditTest.sample("records.csv"), "-p", payouts.toString());
        assertThat(wrong.code()).isEqualTo(Audit.INVALID);
        assertThat(wrong.err()).contains(payouts + ":1: the first line must be a header naming the member's column and"
                + " the amount's once each");
    }

    @Test
    void a_payout_sheet_s_shares_are_checked_against_the_records(@TempDir Path dir) throws IOException {
        org.avec.ShareOut shareOut = GroupFiles.read(Path.of(AuditTest.sample("constitution.properties")),
                Path.of(AuditTest.sample("records.csv"))).cycle().shareOut();
        StringBuilder sheet = new StringBuilder("member,shares,amount\n");
        for (org.avec.ShareOutLine line : shareOut.lines()) {
            long shares = line.member().value().equals("M03") ? line.shares() + 1 : line.shares();
            sheet.append(line.member().value()).append(',').append(shares).append(',')
                    .append(line.net().getNumber().numberValue(BigDecimal.class).setScale(2)).append('\n');
        }
        Path payouts = dir.resolve("payouts.csv");
        Files.writeString(payouts, sheet);
        AuditTest.Run run = AuditTest.audit("-c", AuditTest.sample("constitution.properties"), "-r",
                AuditTest.sample("records.csv"), "-p", payouts.toString());
        assertThat(run.code()).isEqualTo(Audit.PAYOUTS_DIFFER);
        assertThat(run.out()).contains("  M03 Aicha: the sheet gives 36 shares (line 4), the records 35")
                .contains("1 payout differs from the share-out.");
        Files.writeString(payouts, "member,shares,amount\nM01,many,297.00\n");
        assertThat(AuditTest.audit("-c", AuditTest.sample("constitution.properties"), "-r",
                AuditTest.sample("records.csv"), "-p", payouts.toString()).err())
                .contains(payouts + ":2: shares 'many' for M01 is not a whole number");
    }

    @Test
    void a_payout_sheet_s_savings_are_checked_against_the_records(@TempDir Path dir) throws IOException {
        org.avec.ShareOut shareOut = GroupFiles.read(Path.of(AuditTest.sample("constitution.properties")),
                Path.of(AuditTest.sample("records.csv"))).cycle().shareOut();
        // as a French-locale spreadsheet writes FAO's or DreamSave's sheet: Membre;Épargne;Net versé
        StringBuilder sheet = new StringBuilder("Membre;Épargne;Net versé\n");
        for (org.avec.ShareOutLine line : shareOut.lines()) {
            BigDecimal saved = line.savings().getNumber().numberValue(BigDecimal.class);
            if (line.member().value().equals("M02")) {
                saved = saved.add(BigDecimal.TEN);
            }
            sheet.append(line.member().value()).append(';').append(saved.setScale(2).toPlainString().replace('.', ','))
                    .append(';').append(line.net().getNumber().numberValue(BigDecimal.class).setScale(2).toPlainString()
                            .replace('.', ',')).append('\n');
        }
        Path payouts = dir.resolve("payouts.csv");
        Files.writeString(payouts, sheet);
        AuditTest.Run run = AuditTest.audit("-c", AuditTest.sample("constitution.properties"), "-r",
                AuditTest.sample("records.csv"), "-p", payouts.toString());
        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(Audit.PAYOUTS_DIFFER);
        java.math.BigDecimal records = shareOut.lines().stream().filter(l -> l.member().value().equals("M02"))
                .findFirst().orElseThrow().savings().getNumber().numberValue(BigDecimal.class);
        assertThat(run.out()).containsPattern("  M02 Khadija: the sheet gives savings of [0-9,.]+ \\(line 3\\), the records"
                + " [0-9,.]+").contains("1 payout differs from the share-out.");
        assertThat(records).isPositive();
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
