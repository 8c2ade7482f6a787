package org.avec.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.avec.Cycle;
import org.avec.tools.audit.RecordsExport;

/**
 * Writes a generated programme for {@link Report}: {@code programme.csv} and, for each group, its constitution and
 * records (simulated groups of 10 to 30 members, 12 to 52 weekly meetings, two in three visited mid-cycle, the first half in
 * a programme's phase 1 and the rest in phase 2, in the regions and provinces of CARE Maroc's projects). Run: {@code ProgrammeGenerator GROUPS FOLDER}.
 */
public final class ProgrammeGenerator {

    private ProgrammeGenerator() {}

    /** Regions and two provinces of each, where CARE Maroc's AVEC projects worked. */
    static final String[][] PLACES = {
        {"Oriental", "Oujda-Angad", "Jerada"},
        {"Fès-Meknès", "Sefrou", "Boulemane"},
        {"Béni Mellal-Khénifra", "Azilal", "Khénifra"},
    };

    /**
     * Writes the programme.
     *
     * @param args the number of groups and the folder to write into
     * @throws IOException if a file cannot be written
     */
    public static void main(String... args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ProgrammeGenerator GROUPS FOLDER");
            System.exit(2);
        }
        org.avec.tools.QuietMoneta.please();
        write(Integer.parseInt(args[0]), Path.of(args[1]));
    }

    /**
     * Writes {@code groups} generated groups into a folder.
     *
     * @param groups how many groups, 1 or more
     * @param folder the folder, created if needed
     * @throws IOException if a file cannot be written
     */
    public static void write(int groups, Path folder) throws IOException {
        Files.createDirectories(folder);
        StringBuilder programme = new StringBuilder("# " + org.avec.tools.report.Report.PROGRAMME_HEADER + ": one row per group (see README)\n")
                .append(org.avec.tools.report.Report.PROGRAMME_HEADER).append('\n');
        for (int k = 1; k <= groups; k++) {
            String name = String.format("avec-%03d", k);
            String[] place = PLACES[k % PLACES.length];
            programme.append(name).append(",Phase ").append(k <= (groups + 1) / 2 ? 1 : 2).append(',').append(place[0]).append(',').append(place[1 + k / PLACES.length % 2])
                    .append(',').append(k % 9 == 0 ? 1 : 0).append('\n');
            int members = 10 + k * 7 % 21;
            int meetings = 12 + k * 11 % 41;
            // two groups in three are visited mid-cycle: their records stop at an earlier meeting
            int visit = meetings - k % 3 * (meetings / 3);
            Cycle whole = Simulation.run(k, members, meetings);
            Cycle cycle = Cycle.replay(whole.constitution(), whole.carriedCapital(), whole.carriedSocialFund(),
                    whole.founders(), whole.events().stream().filter(e -> e.meeting() <= visit).toList());
            Path dir = Files.createDirectories(folder.resolve(name));
            Files.writeString(dir.resolve("constitution.properties"), constitution(name, meetings), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("records.csv"), RecordsExport.csv(cycle), StandardCharsets.UTF_8);
        }
        Files.writeString(folder.resolve("programme.csv"), programme, StandardCharsets.UTF_8);
    }

    /** The constitution of the simulated groups ({@link Simulation#constitution(int)}) in the auditor's format. */
    static String constitution(String group, int meetings) {
        return "# " + group + ": the demo group's rules over " + meetings + " weekly meetings\n"
                + "currency = MAD\nshare.value = 10\nshares.min = 1\nshares.max = 5\nsocial.fund = 5\n"
                + "meetings = " + meetings + "\nfrequency = WEEKLY\ncash.unit = 1\nfine.late = 2\nfine.absent = 5\n"
                + "loan.rate = 0.10\nloan.period = 4\nloan.method = FLAT\nloan.max.multiple = 3\n"
                + "loan.late.penalty = 0.05\n";
    }
}
