package org.avec.examples.audit;

import java.math.BigDecimal;
import java.util.List;
import javax.money.MonetaryAmount;
import org.avec.Cycle;
import org.avec.Event;
import org.avec.Member;

/**
 * Writes a cycle's founding members and events in the records format that {@link Audit} reads (see
 * {@link RecordsFile}), the way a field app would export them. Reading the export back and replaying it gives
 * the same cycle, except that a write-off is read back as decided by "the group".
 */
public final class RecordsExport {

    private RecordsExport() {}

    /**
     * The records file of a cycle: header, founding members (meeting 0), then every event in order, each row
     * dated with its meeting's date.
     *
     * @param cycle the cycle
     * @return the file's text, lines ending in {@code \n}
     */
    public static String csv(Cycle cycle) {
        StringBuilder sb = new StringBuilder(RecordsFile.HEADER).append('\n');
        for (Member m : cycle.founders()) {
            row(sb, "0", "", m.id().value(), "member", "", "", m.name());
            profile(sb, "0", "", m.id().value(), m.profile());
        }
        String date = "";
        for (Event e : cycle.events()) {
            String n = Integer.toString(e.meeting());
            if (e instanceof Event.MeetingOpened o) {
                date = o.date().toString();
                row(sb, n, date, "", "open", "", "", "");
            } else if (e instanceof Event.MemberJoined j) {
                row(sb, n, date, j.member().value(), "join", "", "", j.name());
                profile(sb, n, date, j.member().value(), j.profile());
            } else if (e instanceof Event.Attendance a) {
                row(sb, n, date, a.member().value(), "attend", "", "", a.presence().name().toLowerCase(java.util.Locale.ROOT));
            } else if (e instanceof Event.SharesBought s) {
                row(sb, n, date, s.member().value(), "shares", Integer.toString(s.shares()), "", "");
            } else if (e instanceof Event.SocialFundPaid s) {
                row(sb, n, date, s.member().value(), "social", "", plain(s.amount()), "");
            } else if (e instanceof Event.FineCharged f) {
                row(sb, n, date, f.member().value(), "fine", "", "", f.fine());
            } else if (e instanceof Event.FinePaid f) {
                row(sb, n, date, f.member().value(), "fine-paid", "", plain(f.amount()), "");
            } else if (e instanceof Event.GrantPaid g) {
                row(sb, n, date, g.member().value(), "grant", "", plain(g.amount()), g.reason());
            } else if (e instanceof Event.SavingsHandedIn h) {
                row(sb, n, date, h.member().value(), "handed-in", "", plain(h.amount()), "");
            } else if (e instanceof Event.SocialFundLoanIssued l) {
                row(sb, n, date, l.member().value(), "social-loan", "", plain(l.amount()), "");
            } else if (e instanceof Event.SocialFundLoanRepaid r) {
                row(sb, n, date, r.member().value(), "social-repay", "", plain(r.amount()), "");
            } else if (e instanceof Event.LoanIssued l) {
                row(sb, n, date, l.member().value(), "loan", Integer.toString(l.termPeriods()), plain(l.principal()),
                        RecordsFile.purposeText(l.purpose()));
            } else if (e instanceof Event.LoanRepaid r) {
                row(sb, n, date, r.member().value(), "repay", "", plain(r.amount()), "");
            } else if (e instanceof Event.LoanRescheduled r) {
                row(sb, n, date, r.member().value(), "reschedule", Integer.toString(r.extraPeriods()), "", r.decidedBy());
            } else if (e instanceof Event.LoanWrittenOff w) {
                row(sb, n, date, w.member().value(), "write-off", "", "", w.reason());
            } else if (e instanceof Event.MemberLeft l) {
                row(sb, n, date, l.member().value(), "leave", "", "", "");
            } else if (e instanceof Event.CashCounted c) {
                row(sb, n, date, "", "cash", "", plain(c.loanFund()), plain(c.socialFund()));
            } else {
                throw new IllegalStateException("no row for " + e);
            }
        }
        return sb.toString();
    }

    private static void profile(StringBuilder sb, String meeting, String date, String id, org.avec.Profile p) {
        if (!p.equals(org.avec.Profile.NONE)) {
            String[] t = RecordsFile.profileText(p);
            row(sb, meeting, date, id, "profile", t[0], "", t[1]);
        }
    }

    private static void row(StringBuilder sb, String... fields) {
        sb.append(Csv.row((Object[]) fields));
    }

    private static String plain(MonetaryAmount a) {
        int digits = Math.max(0, a.getCurrency().getDefaultFractionDigits());
        return a.getNumber().numberValue(BigDecimal.class).setScale(digits).toPlainString();
    }

    /**
     * The payouts file a group would write if it paid exactly what the share-out says.
     *
     * @param lines the share-out's lines
     * @return the file's text
     */
    public static String payouts(List<org.avec.ShareOutLine> lines) {
        StringBuilder sb = new StringBuilder(PayoutsFile.HEADER).append('\n');
        for (org.avec.ShareOutLine l : lines) {
            row(sb, l.member().value(), plain(l.net()));
        }
        return sb.toString();
    }
}
