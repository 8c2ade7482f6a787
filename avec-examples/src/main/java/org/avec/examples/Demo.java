package org.avec.examples;

import org.avec.Cycle;
import org.avec.MeetingSummary;
import org.avec.ShareOut;

/**
 * The demo: a group of 20 members saving in Moroccan dirhams over 52 weekly meetings, simulated from a fixed
 * seed, printed meeting by meeting and ending with the share-out statement.
 *
 * <p>Run it with {@code mvn -B -q -pl avec-examples -am compile exec:java} from the project root.
 */
public final class Demo {

    private Demo() {}

    /**
     * Runs the demo.
     *
     * @param args optional: a seed (default 2026), members (default 20), meetings (default 52)
     */
    public static void main(String[] args) {
        // Moneta logs its MathContext at INFO on first use; the demo's reader does not need it.
        org.avec.tools.QuietMoneta.please();
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 2026L;
        int members = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int meetings = args.length > 2 ? Integer.parseInt(args[2]) : 52;
        System.out.print(report(seed, members, meetings));
        // and the printable sheet of the share-out, in French, for the field officer to open in a browser
        java.nio.file.Path sheet = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "avec-demo-share-out.html");
        try {
            java.nio.file.Files.writeString(sheet, org.avec.tools.sheet.Sheet.html(
                    Simulation.run(seed, members, meetings).shareOut(), java.util.Locale.forLanguageTag("fr-MA")),
                    java.nio.charset.StandardCharsets.UTF_8);
            System.out.println("The printable share-out sheet (French) is in " + sheet);
        } catch (java.io.IOException e) {
            System.out.println("The share-out sheet could not be written to " + sheet + ": " + e.getMessage());
        }
    }

    /**
     * The demo's whole printout.
     *
     * @param seed the random seed
     * @param members the number of members
     * @param meetings the number of meetings
     * @return the text printed by {@link #main(String[])}
     */
    public static String report(long seed, int members, int meetings) {
        Cycle cycle = Simulation.run(seed, members, meetings);
        StringBuilder sb = new StringBuilder();
        sb.append("avec demo: a savings group of ").append(members).append(" members, seed ").append(seed).append("\n\n");
        sb.append(cycle.constitution()).append("\n\n");
        for (MeetingSummary s : cycle.meetingSummaries()) {
            sb.append(s).append('\n');
        }
        sb.append('\n').append(cycle.loans().size()).append(" loans, service charges and penalties earned ")
                .append(format(cycle.loanIncome())).append(", fines ").append(format(cycle.finesPaid())).append("\n\n");
        ShareOut shareOut = cycle.shareOut();
        sb.append(shareOut);
        return sb.toString();
    }

    /** Formats an amount as {@code "MAD 12.50"}, at the currency's scale, whatever the locale. */
    static String format(javax.money.MonetaryAmount a) {
        int digits = Math.max(0, a.getCurrency().getDefaultFractionDigits());
        return a.getCurrency().getCurrencyCode() + " "
                + a.getNumber().numberValue(java.math.BigDecimal.class).setScale(digits).toPlainString();
    }
}
