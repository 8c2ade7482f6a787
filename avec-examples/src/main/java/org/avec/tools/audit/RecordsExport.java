package org.avec.tools.audit;

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
            }
            String[] f = fields(e);
            row(sb, n, date, f[0], f[1], f[2], f[3], f[4]);
            if (e instanceof Event.MemberJoined j) {
                profile(sb, n, date, j.member().value(), j.profile());
            }
        }
        return sb.toString();
    }

    /**
     * The records file of a group's ledger, with the entry columns: the opening (its rows when the books open
     * part-way through the cycle: the first meeting, the cash, the social fund, the profit earned before the books,
     * each member's shares and what is owed), then every entry in the order recorded, each with its identity,
     * corrections and voids naming the entry they replace. Reading it back (with the constitution's carried capital
     * equal to the opening's) and recording each entry gives the same ledger. Shares held at the opening count as bought
     * evenly before the books (the format has no column for share-meetings before the books).
     *
     * @param ledger the ledger
     * @return the file's text, lines ending in {@code \n}
     * @throws IllegalArgumentException if the ledger holds a correction of the opening, or share-meetings given for
     *     the opening, which the format cannot carry
     */
    public static String csv(org.avec.Ledger ledger) {
        org.avec.Opening o = ledger.recordedOpening();
        StringBuilder sb = new StringBuilder(RecordsFile.HEADER_WITH_ENTRIES).append('\n');
        boolean atStart = o.firstMeeting() == 1 && o.loans().isEmpty() && o.earnedBefore().isZero()
                && o.loanFundCash().isEqualTo(o.carriedCapital()) && o.groupLoans().isEmpty() && o.property().isEmpty()
                && o.cashAt().isEmpty()
                && o.positions().stream().allMatch(p -> p.shares() == 0 && p.finesOwed() == 0 && p.socialFundLoan() == 0);
        if (!atStart) {
            entryRow(sb, "0", "", "", "opening", Integer.toString(o.firstMeeting()), plain(o.loanFundCash()),
                    plain(o.socialFund()), "", "", "", "");
            entryRow(sb, "0", "", "", "earned-before", "", plain(o.earnedBefore()), "", "", "", "", "");
        }
        javax.money.CurrencyUnit cur = o.currency();
        for (org.avec.Opening.Position p : o.positions()) {
            if (p.shareMeetings().isPresent()) {
                throw new IllegalArgumentException("The records format has no column for share-meetings before the books"
                        + " (member " + p.member().id() + ")");
            }
            String id = p.member().id().value();
            entryRow(sb, "0", "", id, "member", p.shares() == 0 ? "" : Long.toString(p.shares()), "", p.member().name(),
                    "", "", "", "");
            String[] t = RecordsFile.profileText(p.member().profile());
            if (!p.member().profile().equals(org.avec.Profile.NONE)) {
                entryRow(sb, "0", "", id, "profile", t[0], "", t[1], "", "", "", "");
            }
        }
        for (org.avec.Opening.Position p : o.positions()) {
            String id = p.member().id().value();
            if (p.finesOwed() > 0) {
                entryRow(sb, "0", "", id, "owes-fines", "", plain(minor(p.finesOwed(), cur)), "", "", "", "", "");
            }
            if (p.socialFundLoan() > 0) {
                entryRow(sb, "0", "", id, "owes-social", "", plain(minor(p.socialFundLoan(), cur)), "", "", "", "", "");
            }
        }
        for (org.avec.Opening.Loan l : o.loans()) {
            entryRow(sb, "0", "", l.member().value(), "owes-loan", Integer.toString(l.issuedAt()),
                    plain(minor(l.outstanding(), cur)), "due=" + l.dueMeeting() + " lent=" + plain(minor(l.principal(), cur))
                            + " charges=" + plain(minor(l.chargesDue(), cur)), "", "", "", "");
        }
        o.groupLoans().forEach((lender, owed) -> entryRow(sb, "0", "", "", "owes-lender", "", plain(owed), lender, "", "",
                "", ""));
        o.property().forEach((item, value) -> entryRow(sb, "0", "", "", "holds", "", plain(value), item, "", "", "", ""));
        o.cashAt().forEach((place, cash) -> entryRow(sb, "0", "", place, "cash-at", "", plain(cash), "", "", "", "", ""));
        for (org.avec.Entry e : ledger.entries()) {
            String by = e.decidedBy().orElse("");
            String reason = e.reason().orElse("");
            String corrects = e.corrects().orElse("");
            switch (e.kind()) {
                case OPENING_CORRECTION -> throw new IllegalArgumentException("The records format has no row for a"
                        + " correction of the opening (entry " + e.id() + ")");
                case VOID -> entryRow(sb, "0", "", "", "void", "", "", "", e.id(), corrects, by, reason);
                case RECORDED, CORRECTION -> {
                    Event ev = e.event().orElseThrow();
                    String n = Integer.toString(ev.meeting());
                    String date = ev instanceof Event.MeetingOpened open ? open.date().toString() : "";
                    String[] f = fields(ev);
                    entryRow(sb, n, date, f[0], f[1], f[2], f[3], f[4], e.id(), corrects, by, reason);
                    if (ev instanceof Event.MemberJoined j && !j.profile().equals(org.avec.Profile.NONE)) {
                        String[] t = RecordsFile.profileText(j.profile());
                        entryRow(sb, n, "", j.member().value(), "profile", t[0], "", t[1], "", "", "", "");
                    }
                }
            }
        }
        return sb.toString();
    }

    private static MonetaryAmount minor(long amount, javax.money.CurrencyUnit currency) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        return org.javamoney.moneta.Money.of(BigDecimal.valueOf(amount, digits), currency);
    }

    private static void entryRow(StringBuilder sb, String... fields) {
        sb.append(Csv.row((Object[]) fields));
    }

    /**
     * An event's columns member, kind, count, amount and detail. A switch expression with no default: a new kind of
     * event does not compile until it has its row.
     */
    private static String[] fields(Event e) {
        return switch (e.kind()) {
            case MEETING_OPENED -> new String[] {"", "open", "", "", ""};
            case MEMBER_JOINED -> {
                Event.MemberJoined j = (Event.MemberJoined) e;
                yield new String[] {j.member().value(), "join", "", "", j.name()};
            }
            case ATTENDANCE -> {
                Event.Attendance a = (Event.Attendance) e;
                yield new String[] {a.member().value(), "attend", "", "",
                    a.presence().name().toLowerCase(java.util.Locale.ROOT)};
            }
            case SHARES_BOUGHT -> {
                Event.SharesBought b = (Event.SharesBought) e;
                yield new String[] {b.member().value(), "shares", Integer.toString(b.shares()), "", ""};
            }
            case SOCIAL_FUND_PAID -> {
                Event.SocialFundPaid x = (Event.SocialFundPaid) e;
                yield amountRow(x.member(), x.amount(), "social", "");
            }
            case FINE_CHARGED -> {
                Event.FineCharged c = (Event.FineCharged) e;
                yield new String[] {c.member().value(), "fine", "", "", c.fine()};
            }
            case FINE_PAID -> {
                Event.FinePaid x = (Event.FinePaid) e;
                yield amountRow(x.member(), x.amount(), "fine-paid", "");
            }
            case GRANT_PAID -> {
                Event.GrantPaid x = (Event.GrantPaid) e;
                yield amountRow(x.member(), x.amount(), "grant", x.reason());
            }
            case SAVINGS_HANDED_IN -> {
                Event.SavingsHandedIn x = (Event.SavingsHandedIn) e;
                yield amountRow(x.member(), x.amount(), "handed-in", "");
            }
            case SOCIAL_FUND_LOAN_ISSUED -> {
                Event.SocialFundLoanIssued x = (Event.SocialFundLoanIssued) e;
                yield amountRow(x.member(), x.amount(), "social-loan", "");
            }
            case SOCIAL_FUND_LOAN_REPAID -> {
                Event.SocialFundLoanRepaid x = (Event.SocialFundLoanRepaid) e;
                yield amountRow(x.member(), x.amount(), "social-repay", "");
            }
            case LOAN_ISSUED -> {
                Event.LoanIssued l = (Event.LoanIssued) e;
                yield new String[] {l.member().value(), "loan", Integer.toString(l.termPeriods()),
                    plain(l.principal()), RecordsFile.purposeText(l.purpose())};
            }
            case LOAN_REPAID -> {
                Event.LoanRepaid x = (Event.LoanRepaid) e;
                yield amountRow(x.member(), x.amount(), "repay", "");
            }
            case LOAN_RESCHEDULED -> {
                Event.LoanRescheduled r = (Event.LoanRescheduled) e;
                yield new String[] {r.member().value(), "reschedule", Integer.toString(r.extraPeriods()), "",
                    r.decidedBy()};
            }
            case LOAN_WRITTEN_OFF -> {
                Event.LoanWrittenOff w = (Event.LoanWrittenOff) e;
                yield new String[] {w.member().value(), "write-off", "", "", w.reason()};
            }
            case MEMBER_LEFT -> new String[] {((Event.MemberLeft) e).member().value(), "leave", "", "", ""};
            case CASH_COUNTED -> {
                Event.CashCounted c = (Event.CashCounted) e;
                yield new String[] {"", "cash", "", plain(c.loanFund()), plain(c.socialFund())};
            }
            case CASH_MOVED -> {
                Event.CashMoved m = (Event.CashMoved) e;
                yield new String[] {m.from(), "move", "", plain(m.amount()), m.to()};
            }
            case PLACE_COUNTED -> {
                Event.PlaceCounted c = (Event.PlaceCounted) e;
                yield new String[] {c.place(), "balance", "", plain(c.balance()), ""};
            }
            case INCOME_RECEIVED -> {
                Event.IncomeReceived x = (Event.IncomeReceived) e;
                yield new String[] {x.place(), "income", "", plain(x.amount()), x.reason() + " / " + x.approvedBy()};
            }
            case EXPENSE_PAID -> {
                Event.ExpensePaid x = (Event.ExpensePaid) e;
                yield new String[] {x.place(), "expense", "", plain(x.amount()), x.reason() + " / " + x.approvedBy()};
            }
            case GROUP_LOAN_RECEIVED -> {
                Event.GroupLoanReceived x = (Event.GroupLoanReceived) e;
                yield new String[] {x.place(), "borrow", "", plain(x.amount()), x.lender()};
            }
            case GROUP_LOAN_REPAID -> {
                Event.GroupLoanRepaid x = (Event.GroupLoanRepaid) e;
                yield new String[] {x.place(), "repay-lender", "", plain(x.amount()),
                    x.lender() + " / " + plain(x.interest())};
            }
            case PROPERTY_BOUGHT -> {
                Event.PropertyBought x = (Event.PropertyBought) e;
                yield new String[] {x.place(), "buy", "", plain(x.amount()), x.item() + " / " + x.approvedBy()};
            }
            case PROPERTY_GIVEN -> {
                Event.PropertyGiven x = (Event.PropertyGiven) e;
                yield new String[] {"", "given", "", plain(x.amount()), x.item() + " / " + x.givenBy()};
            }
            case PROPERTY_SOLD -> {
                Event.PropertySold x = (Event.PropertySold) e;
                yield new String[] {x.place(), "sell", "", plain(x.amount()), x.item() + " / " + x.approvedBy()};
            }
        };
    }

    private static void profile(StringBuilder sb, String meeting, String date, String id, org.avec.Profile p) {
        if (!p.equals(org.avec.Profile.NONE)) {
            String[] t = RecordsFile.profileText(p);
            row(sb, meeting, date, id, "profile", t[0], "", t[1]);
        }
    }

    /** The row of an event that names a member and an amount: member, kind, count, amount, detail. */
    private static String[] amountRow(org.avec.MemberId member, MonetaryAmount amount, String kind, String detail) {
        return new String[] {member.value(), kind, "", plain(amount), detail};
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
