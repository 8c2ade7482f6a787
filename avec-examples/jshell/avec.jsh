// avec for trainers. Type help() and press Enter to see what is here.
// Opened by README's command: jshell with avec on the class path and this file as a startup script.

import org.avec.*;
import org.avec.tools.statement.Statement;
import org.avec.tools.sheet.Sheet;
import org.avec.indicators.Indicators;
import org.avec.indicators.Ratio;
import org.avec.indicators.CashFlowReturns;
import org.javamoney.moneta.Money;
import javax.money.MonetaryAmount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

// Moneta says which MathContext it uses the first time it is used; a trainer's audience does not need to see it.
org.avec.tools.QuietMoneta.please();

/** A piece of text that JShell prints as it is (a plain String would be printed in quotes with \n). */
record Text(String text) {
    @Override public String toString() { return text; }
}

/** Prints a value whole: JShell cuts values longer than about 1,000 characters short (a share-out statement is
 *  longer), so use show(shareOutWithRemainder()) to see every line. */
void show(Object value) { System.out.println(value); }

/** An amount in Moroccan dirhams: mad(10), mad("12.50"). */
MonetaryAmount mad(Object amount) { return Money.of(new BigDecimal(amount.toString()), "MAD"); }

/** The training group's rules: shares of 10 MAD (1 to 5 a meeting), 5 MAD to the social fund each meeting,
 *  16 weekly meetings, fines of 2 MAD for coming late and 5 MAD for missing a meeting, payouts in whole dirhams,
 *  loans at 10% per 4 meetings, flat. */
Constitution rules() {
    return Constitution.builder(mad(10)).socialFund(mad(5)).meetings(Constitution.Frequency.WEEKLY, 16)
            .fine("late", mad(2)).fine("absent", mad(5)).cashUnit(mad(1)).build();
}

/** A new group under rules(); each member's id is her name in small letters: group("Fatima", "Aicha"). */
Cycle group(String... names) {
    List<Member> members = new java.util.ArrayList<>();
    for (String n : names) members.add(Member.of(n.toLowerCase(Locale.ROOT), n));
    return Cycle.start(rules(), mad(0), mad(0), members);
}

/** An amount as plain digits with two decimals: 12.50. */
String plain(MonetaryAmount a) { return a.getNumber().numberValue(BigDecimal.class).setScale(2).toPlainString(); }

/** The group's board: one line per member with shares, savings, what she owes and what she may borrow. */
Text board(Cycle c) {
    StringBuilder sb = new StringBuilder(String.format("%-10s %6s %10s %10s %10s %12s%n", "Member", "Shares", "Savings", "Loan owed", "Fines owed", "May borrow"));
    for (MemberAccount a : c.members()) {
        sb.append(String.format("%-10s %6d %10s %10s %10s %12s%s%n", a.name(), a.shares(), plain(a.savings()), plain(a.owedOnLoans()),
                plain(a.finesOwed()), plain(a.borrowingCapacity()), a.isActive() ? "" : "  (left at meeting " + a.leftAt() + ")"));
    }
    sb.append(c);
    return new Text(sb.toString());
}

/** Meeting by meeting: who came, what was saved, lent and repaid, and what is in each box after the meeting. */
Text meetings(Cycle c) {
    StringBuilder sb = new StringBuilder();
    for (MeetingSummary s : c.meetingSummaries()) sb.append(s).append('\n');
    return new Text(sb.toString());
}

/** Scenario 1, a small group's first month: five women meet four times; they buy shares, pay the social fund;
 *  Aicha comes late once (fine 2 MAD, paid), Malika misses a meeting (fine 5 MAD, still owed). */
Cycle firstMonth() {
    Cycle c = group("Fatima", "Khadija", "Aicha", "Malika", "Zahra");
    int[][] shares = {{2, 3, 1, 2, 5}, {2, 3, 2, 1, 5}, {2, 3, 1, 0, 5}, {2, 3, 2, 1, 5}};
    for (int m = 0; m < 4; m++) {
        c = c.openMeeting(LocalDate.of(2026, 1, 5).plusWeeks(m));
        for (int i = 0; i < 5; i++) {
            String id = c.members().get(i).id().value();
            int n = shares[m][i];
            if (n == 0) { c = c.attend(id, Event.Presence.ABSENT).fine(id, "absent"); continue; }
            boolean late = m == 1 && id.equals("aicha");
            c = c.attend(id, late ? Event.Presence.LATE : Event.Presence.PRESENT);
            if (late) c = c.fine(id, "late").payFine(id, mad(2));
            c = c.buyShares(id, n).paySocialFund(id);
        }
    }
    return c;
}

/** Scenario 2, one loan under two ways of charging: Zahra borrows 120 MAD at meeting 4 for 3 periods of
 *  4 meetings at 10%, and repays 40 MAD of principal (plus the charge) at each of meetings 8, 12 and 16.
 *  Flat: 10% of the 120 MAD borrowed each period. Declining balance: 10% of what is still owed. */
Text flatVersusDeclining() {
    StringBuilder sb = new StringBuilder("Zahra borrows 120 MAD at meeting 4 for 3 periods of 4 meetings at 10%.\n");
    sb.append(String.format("%-20s %10s %10s %10s %10s%n", "Method", "Meeting 8", "Meeting 12", "Meeting 16", "Charges"));
    for (LoanPolicy.ChargingMethod method : List.of(LoanPolicy.ChargingMethod.FLAT, LoanPolicy.ChargingMethod.DECLINING_BALANCE)) {
        Cycle month = firstMonth();
        Constitution charged = month.constitution().toBuilder()
                .loans(LoanPolicy.builder().serviceCharge(new BigDecimal("0.10"), 4, method).build()).build();
        Cycle c = Cycle.start(charged, mad(0), mad(0), month.founders()).recordAll(month.events());
        c = c.lend("zahra", mad(120), 3);
        StringBuilder row = new StringBuilder(String.format("%-20s", method));
        for (int m = 5; m <= 16; m++) {
            c = c.openMeeting(c.date().plusWeeks(1));
            if (m % 4 == 0) {
                LoanStatement loan = c.loans("zahra").get(0);
                MonetaryAmount charge = loan.chargesDue().subtract(loan.chargesPaid());
                row.append(String.format(" %10s", plain(charge)));
                c = m == 16 ? c.repayAll("zahra") : c.repay("zahra", mad(40).add(charge));
            }
        }
        sb.append(row).append(String.format(" %10s%n", plain(c.loans("zahra").get(0).chargesPaid())));
    }
    return new Text(sb.toString());
}

/** Scenario 3, a member leaves: after the first month Zahra moves to the city. She owes nothing, so at meeting 5
 *  she is paid back her savings from the loan fund (the constitution says: savings only, no share of the profit). */
Text memberLeaves() {
    Cycle before = firstMonth().openMeeting(LocalDate.of(2026, 2, 2));
    Cycle after = before.leave("zahra");
    MemberAccount z = after.member("zahra");
    return new Text("Zahra leaves at meeting 5 with " + z.shares() + " shares; she is paid " + plain(z.settlement())
            + " MAD, her savings.\nLoan fund before: " + plain(before.loanFund()) + " MAD, after: " + plain(after.loanFund())
            + " MAD.\n" + board(after));
}

/** Scenario 4, a share-out with a remainder: three members and a loan whose charge does not divide evenly. The
 *  payouts are rounded down to whole dirhams and what is left over (the remainder) stays in the box for the next cycle. */
ShareOut shareOutWithRemainder() {
    Constitution c = rules().toBuilder().meetings(Constitution.Frequency.WEEKLY, 8)
            .shareOut(ShareOutPolicy.builder().rounding(ShareOutPolicy.Rounding.EACH_PAYOUT_DOWN)
                    .remainderTo(ShareOutPolicy.RemainderDestination.NEXT_CYCLE).build())
            .build();
    Cycle g = Cycle.start(c, mad(0), mad(0), List.of(Member.of("fatima", "Fatima"), Member.of("aicha", "Aicha"), Member.of("zahra", "Zahra")));
    int[] shares = {5, 3, 1};
    for (int m = 1; m <= 8; m++) {
        g = g.openMeeting(LocalDate.of(2026, 1, 5).plusWeeks(m - 1));
        for (int i = 0; i < 3; i++) g = g.buyShares(g.members().get(i).id().value(), shares[i]);
        if (m == 1) g = g.lend("aicha", mad(77), 1);
        if (m == 5) g = g.repayAll("aicha");
    }
    return g.shareOut();
}

/** Scenario 5, one group's share-out under each method, side by side: the same records, four constitutions. Fatima
 *  saves from the first meeting, Zahra only from the fourth, Khadija little; Aicha borrows and pays the service
 *  charge. By shares, Zahra's late savings earn as much as Fatima's early ones; by share-meetings they earn less; split
 *  equally, Khadija's small savings earn as much as the others'; loan-based, Aicha gets her charge back. */
Text shareOutMethods() {
    Constitution c = rules().toBuilder().meetings(Constitution.Frequency.WEEKLY, 6).withoutFine("late").fine("late", mad(5))
            .loans(LoanPolicy.builder().closingMeetings(1).build()).build();
    Cycle g = Cycle.start(c, mad(0), mad(0), List.of(Member.of("fatima", "Fatima"), Member.of("aicha", "Aicha"),
            Member.of("zahra", "Zahra"), Member.of("khadija", "Khadija")));
    for (int m = 1; m <= 6; m++) {
        g = g.openMeeting(LocalDate.of(2026, 1, 5).plusWeeks(m - 1)).buyShares("fatima", 4).buyShares("aicha", 2)
                .buyShares("khadija", 1);
        if (m >= 4) g = g.buyShares("zahra", 5);
        if (m == 1) g = g.lend("aicha", mad(60), 1);
        if (m == 5) g = g.repayAll("aicha").fine("khadija", "late").payFine("khadija", mad(5));
    }
    ShareOutPolicy.Method[] methods = ShareOutPolicy.Method.values();
    ShareOut[] outs = new ShareOut[methods.length];
    for (int i = 0; i < methods.length; i++) {
        Constitution variant = c.toBuilder().shareOut(c.shareOut().toBuilder().method(methods[i]).build()).build();
        outs[i] = Cycle.replay(variant, g.carriedCapital(), g.carriedSocialFund(), g.founders(), g.events()).shareOut();
    }
    StringBuilder sb = new StringBuilder(String.format("%-9s %7s %8s %8s %8s | %12s %14s %11s %11s%n", "Member", "Shares",
            "Savings", "Charges", "Shr-mtgs", "PROPORTIONAL", "TIME_WEIGHTED", "FLAT_PROFIT", "LOAN_BASED"));
    for (MemberAccount a : g.members()) {
        sb.append(String.format("%-9s %7d %8s %8s %8d |", a.name(), a.shares(), plain(a.savings()), plain(a.chargesPaid()),
                a.shareMeetings()));
        int[] widths = {12, 14, 11, 11};
        for (int i = 0; i < outs.length; i++) sb.append(String.format(" %" + widths[i] + "s", plain(outs[i].line(a.id().value()).net())));
        sb.append('\n');
    }
    sb.append(String.format("Loan fund %s MAD = savings %s + charges %s + fines %s. Remainders: %s, %s, %s, %s MAD.",
            plain(g.loanFund()), plain(g.savings()), plain(g.loanIncome()), plain(g.finesPaid()), plain(outs[0].remainder()),
            plain(outs[1].remainder()), plain(outs[2].remainder()), plain(outs[3].remainder())));
    return new Text(sb.toString());
}

/** Scenario: the demo's group of 20 (52 weekly meetings) seen by a field officer at meetings 13, 26, 39 and 52: how
 *  its savings grow, how much of the fund is out on loan, what is late, whether members come, what the loans finance. */
Text indicatorsOverTheYear() {
    Cycle g = org.avec.examples.Simulation.run(2026, 20, 52);
    int[] at = {13, 26, 39, 52};
    Indicators[] x = new Indicators[at.length];
    for (int k = 0; k < at.length; k++) x[k] = Indicators.at(g, at[k], Indicators.Settings.DEFAULTS);
    StringBuilder sb = new StringBuilder(String.format("%-34s %11s %11s %11s %11s%n", "At meeting", 13, 26, 39, 52));
    java.util.function.BiConsumer<String, java.util.function.Function<Indicators, String>> row = (name, f) -> {
        sb.append(String.format("%-34s", name));
        for (Indicators i : x) sb.append(String.format(" %11s", f.apply(i)));
        sb.append('\n');
    };
    java.util.function.Function<Ratio, String> pct = r -> r.isDefined() ? r.percent() + "%" : "-";
    row.accept("members (women)", i -> i.members() + " (" + i.women() + ")");
    row.accept("savings (MAD)", i -> plain(i.savings()));
    row.accept("loans outstanding (MAD)", i -> plain(i.loansOutstanding()));
    row.accept("social fund (MAD)", i -> plain(i.socialFund()));
    row.accept("return on savings", i -> pct.apply(i.returnOnSavings()));
    row.accept("  annualised", i -> pct.apply(i.returnOnSavingsAnnualised()));
    row.accept("loan-fund utilisation", i -> pct.apply(i.loanFundUtilisation()));
    row.accept("portfolio at risk (>30 days)", i -> pct.apply(i.portfolioAtRisk()));
    row.accept("attendance, last 4 meetings", i -> pct.apply(i.attendanceRecent()));
    row.accept("drop-out", i -> pct.apply(i.dropOut()));
    row.accept("loans (for an AGR)", i -> i.loans() + " (" + i.incomeGeneratingLoans() + ")");
    sb.append("Savings grew ").append(pct.apply(x[3].savingsGrowthSince(x[1]))).append(" from meeting 26 to meeting 52.");
    return new Text(sb.toString());
}

/** What the demo's group earned on its savings, two ways: the usual return (profit / savings) and the return on
 *  each member's dated cash flows, which counts how long each saving was in the box. */
Text returns() {
    Cycle g = org.avec.examples.Simulation.run(2026, 20, 52);
    Indicators i = Indicators.of(g);
    CashFlowReturns r = CashFlowReturns.of(g);
    StringBuilder sb = new StringBuilder();
    sb.append("The demo's group of 20, shared out at meeting 52:\n");
    sb.append(String.format("  return on savings (profit / savings)       %s%%, %s%% a year%n", i.returnOnSavings().percent(),
        i.returnOnSavingsAnnualised().percent()));
    sb.append("  return on the members' dated cash flows    " + r.group().map(Object::toString).orElse("-") + "\n");
    sb.append("  Fatima (M01)                               " + r.member("M01").map(Object::toString).orElse("-") + "\n");
    sb.append("Savings paid in early were lent out for longer than those paid in late: on the dates, members earned more.");
    return new Text(sb.toString());
}

/** An amount in dirhams with its two decimals: 1,140.00. */
String dh(MonetaryAmount a) { return String.format(Locale.ROOT, "%,.2f", a.getNumber().numberValue(BigDecimal.class)); }

/** A group whose money goes beyond the box (rules reference section 12): part of its loan fund at a bank and in a
 *  mobile wallet, a loan of 1,000 MAD from Al Amana (the cap 5 x savings while it owes), a padlock and a trainer's fee,
 *  bank interest and a mill; its balance before the share-out, the share-out's cash, and both returns. */
Text beyondTheBox() {
    Constitution c = rules().toBuilder().meetings(Constitution.Frequency.WEEKLY, 8).place("bank").place("wallet")
            .loans(LoanPolicy.builder().serviceCharge(new BigDecimal("0.10"), 2, LoanPolicy.ChargingMethod.FLAT)
                    .maxTermPeriods(2).closingMeetings(2).maxMultipleOfSavingsWithGroupLoan(BigDecimal.valueOf(5)).build())
            .build();
    Cycle g = Cycle.start(c, mad(0), mad(0), List.of(Member.of("fatima", "Fatima"), Member.of("khadija", "Khadija"),
            Member.of("aicha", "Aicha"), Member.of("malika", "Malika")));
    LocalDate day = LocalDate.of(2026, 1, 5);
    for (int m = 1; m <= 8; m++) {
        g = g.openMeeting(day.plusWeeks(m - 1));
        for (String id : List.of("fatima", "khadija", "aicha", "malika")) {
            g = m < 8 ? g.buyShares(id, 5).paySocialFund(id) : g;
        }
        switch (m) {
            case 1 -> g = g.receiveGroupLoan("Al Amana", "bank", mad(1000)).moveCash("bank", Constitution.BOX, mad(500))
                    .payExpense(Constitution.BOX, mad(20), "padlock", "assembly").lend("fatima", mad(250), 2);
            case 2 -> g = g.buyProperty("mill", "bank", mad(500), "assembly").moveCash(Constitution.BOX, "wallet", mad(100))
                    .lend("khadija", mad(250), 2).lend("malika", mad(250), 2);
            case 3 -> g = g.lend("aicha", mad(200), 2);
            case 4 -> g = g.receiveIncome("bank", mad(6), "bank interest", "treasurer")
                    .payExpense("wallet", mad(30), "trainer's fee", "assembly");
            case 5 -> g = g.repayAll("fatima");
            case 6 -> g = g.repayAll("khadija").repayAll("malika").repayGroupLoan("Al Amana", Constitution.BOX, mad(530),
                    mad(30));
            case 7 -> g = g.repayAll("aicha");
            default -> { }
        }
    }
    Balance b = g.balance();
    ShareOut s = g.shareOut();
    Indicators i = Indicators.of(g);
    StringBuilder sb = new StringBuilder("A group of 4 with a bank account, a wallet, a loan from Al Amana and a mill, at its share-out:\n");
    b.cash().forEach((place, cash) -> sb.append(String.format("  cash at %-8s %10s%n", place, dh(cash))));
    sb.append(String.format("  loans out        %10s%n  the mill         %10s%n  social fund      %10s%n", dh(b.loansOutstanding()),
            dh(b.propertyTotal()), dh(b.socialFund())));
    sb.append(String.format("  = assets %s; owed to Al Amana %s; net worth %s%n", dh(b.assets()), dh(b.liabilities()),
            dh(b.equity())));
    sb.append(String.format("Share-out: cash %s - %s repaid first to Al Amana = %s for %d shares; the mill (%s) is kept.%n",
            dh(s.loanFundCash()), dh(s.groupDebt()), dh(s.distributable()), s.totalShares(), dh(s.makeUp().propertyKept())));
    sb.append(String.format("Return on savings (profit / savings) %s%%; on the members' dated cash flows %s",
            i.returnOnSavings().percent(), CashFlowReturns.of(g).group().map(Object::toString).orElse("-")));
    return new Text(sb.toString());
}

/** The statement of a share-out in a language: statement(shareOutWithRemainder(), "fr-MA") or "ar-MA". */
Text statement(ShareOut s, String languageTag) { return new Text(Statement.of(s, Locale.forLanguageTag(languageTag))); }

/** The printable share-out sheet of a share-out, or of a cycle at its share-out meeting, in a language ("en",
 *  "fr-MA", "ar-MA", "ar"): written to a file whose path is printed, to open in a browser and print on A4.
 *  html(shareOutWithRemainder(), "ar") */
void html(Object shareOutOrCycle, String languageTag) throws java.io.IOException {
    ShareOut shareOut = shareOutOrCycle instanceof Cycle c ? c.shareOut() : (ShareOut) shareOutOrCycle;
    java.nio.file.Path file = java.nio.file.Files.createTempFile("avec-share-out-" + languageTag + "-", ".html");
    java.nio.file.Files.writeString(file, Sheet.html(shareOut, Locale.forLanguageTag(languageTag)));
    System.out.println("The share-out sheet is in " + file.toAbsolutePath());
}

/** What this session offers, printed whole (a value would be cut short by JShell after 1,000 characters). */
void help() {
    System.out.println(String.join("\n",
        "Scenarios (type the name with its brackets and press Enter):",
        "  firstMonth()             a small group's first month: shares, social fund, a late and an absent member",
        "  flatVersusDeclining()    one loan of 120 MAD charged flat and on the declining balance",
        "  memberLeaves()           a member leaves after the first month and is paid her savings",
        "  shareOutWithRemainder()  a share-out where payouts are rounded down and a remainder is left",
        "  shareOutMethods()        one group shared out four ways: by shares, by share-meetings, equally, loan-based",
        "  indicatorsOverTheYear()  a group's health at meetings 13, 26, 39 and 52: returns, loans, attendance",
        "  returns()                what the members earned on their savings: the usual return and on their dated flows",
        "  beyondTheBox()           a group with a bank, a wallet, a loan from Al Amana and a mill: its balance, both returns",
        "Tools:",
        "  show(value)              prints a value whole, e.g. show(shareOutWithRemainder()); JShell cuts long values short",
        "  board(cycle)             members with shares, savings, what they owe and may borrow",
        "  meetings(cycle)          meeting by meeting, what came in and went out",
        "  statement(shareOut, \"fr-MA\")  the share-out statement in French (\"ar-MA\": Arabic); show(statement(...))",
        "  html(shareOut, \"ar\")     writes the printable share-out sheet (HTML, A4) and prints its path,",
        "                           e.g. html(shareOutWithRemainder(), \"ar\"); html(cycle, \"ar\") at the share-out meeting",
        "  group(\"Fatima\", \"Aicha\")  a new group of your own; then .openMeeting(LocalDate.of(2026, 1, 5)).buyShares(\"fatima\", 2) ...",
        "  mad(10)                  an amount in dirhams",
        "Try: board(firstMonth()), then show(shareOutWithRemainder())"));
}

System.out.println("avec is ready. Type help() and press Enter.");
