/**
 * avec: the rules of AVEC savings groups (Associations Villageoises d'Épargne et de Crédit; VSLA),
 * exact to the minor unit.
 *
 * <h2>The group and its cycle</h2>
 * A group of 10 to 30 members agrees a {@link org.avec.Constitution} at the start of a cycle of about a
 * year (for example 52 weekly meetings): the price of one share, how many shares a member may buy at one
 * meeting (usually 1 to 5), the social-fund contribution every member pays at every meeting, the fines,
 * the loan rules ({@link org.avec.LoanPolicy}) and the share-out rules ({@link org.avec.ShareOutPolicy}).
 *
 * <p>At each meeting members buy shares; that money is their <b>savings</b> and goes into the
 * <b>loan fund</b>. They pay the <b>social fund</b>, a separate box for grants to members in need, which
 * is never shared out. Members borrow from the loan fund's cash, usually up to three times their savings,
 * and pay a <b>service charge</b> (for example 10% a month, flat on the principal or on the balance still
 * owed). Fines, service charges and late penalties, once paid, are the group's profit and stay in the
 * loan fund. At the last meeting comes the <b>share-out</b> ({@link org.avec.ShareOut}): everything in
 * the loan fund's box is paid back to the members in proportion to their shares, rounded down to the
 * smallest coin or note the group hands out (the cash unit); what cannot be handed out is carried into
 * the next cycle.
 *
 * <h2>How avec keeps the records</h2>
 * A {@link org.avec.Cycle} is the constitution plus the ordered list of {@link org.avec.Event}s written
 * at the meetings. Every figure (each member's shares and savings, the cash in each box, each loan's
 * statement, the share-out) is worked out from the events, so the same events always give the same
 * figures, and an auditor can replay a group's records. Recording an event returns a new cycle; the old
 * one does not change. An event that breaks a rule is refused with a
 * {@link org.avec.RuleViolationException} that names the {@link org.avec.Rule}, the meeting, the member
 * and the amounts. Bad arguments that need no knowledge of the group (a negative amount, an amount finer
 * than the currency's minor unit, a null) raise {@link java.lang.IllegalArgumentException} or
 * {@link java.lang.NullPointerException}; an amount too large to count raises
 * {@link java.lang.ArithmeticException}.
 *
 * <h2>Money</h2>
 * Amounts cross the API as JSR 354 {@link javax.money.MonetaryAmount}s in the group's one currency; inside,
 * avec counts exact {@code long} minor units. Nothing is ever a {@code double}, nothing is rounded without
 * a stated rule, and no minor unit is lost: at every moment, whatever entered a fund is either still in
 * it, out on loan, or paid out to someone. {@link org.avec.Allocation} is the splitting rule used at
 * share-out.
 *
 * <h2>An example</h2>
 * A group of two saving 10 dirhams a share, at its first meeting:
 * <pre>{@code
 * Constitution rules = Constitution.builder(Money.of(10, "MAD"))     // one share costs 10 MAD
 *         .socialFund(Money.of(5, "MAD"))                            // 5 MAD per member per meeting
 *         .meetings(Constitution.Frequency.WEEKLY, 52)
 *         .cashUnit(Money.of(1, "MAD"))                              // payouts in whole dirhams
 *         .build();
 * Cycle cycle = Cycle.start(rules, Money.of(0, "MAD"), Money.of(0, "MAD"),
 *                 List.of(Member.of("amina", "Amina"), Member.of("badia", "Badia")))
 *         .openMeeting(LocalDate.of(2026, 1, 5))
 *         .buyShares("amina", 3).buyShares("badia", 5)
 *         .paySocialFund("amina").paySocialFund("badia")
 *         .lend("badia", Money.of(60, "MAD"), 1);                     // due at meeting 5
 * // Cycle at meeting 1 of 52 (2026-01-05): 2 members, 8 shares
 * //   loan fund   MAD 20.00 cash + MAD 60.00 out on loan
 * //   social fund MAD 10.00
 * cycle.lend("amina", Money.of(90, "MAD"), 1);   // RuleViolationException: LOAN_FUND_CASH ... only 20 MAD in the box
 * }</pre>
 * At the last meeting, {@code cycle.shareOut()} gives the share-out, with its make-up and one line per member.
 * A group digitised part-way through its cycle starts from an {@link org.avec.Opening}; a record kept in the field,
 * with identities and corrections, is a {@link org.avec.Ledger} of {@link org.avec.Entry}s.
 *
 * <h2>Where each rule lives</h2>
 * The public types are the group's vocabulary: {@link org.avec.Constitution} (with {@link org.avec.LoanPolicy} and
 * {@link org.avec.ShareOutPolicy}), {@link org.avec.Cycle}, {@link org.avec.Event}, {@link org.avec.ShareOut} and
 * the values they give ({@link org.avec.MemberAccount}, {@link org.avec.LoanStatement},
 * {@link org.avec.MeetingSummary}, {@link org.avec.ShareOutLine}), {@link org.avec.Allocation}, and the refusals
 * ({@link org.avec.Rule}, {@link org.avec.RuleViolationException}). {@code Cycle} keeps the records and
 * delegates; it holds no rule. The rules themselves live in classes of the engine that an application never sees,
 * each named after one of the group's rule areas (meetings, savings, the social fund, lending, charges, leaving,
 * sharing); the project's {@code docs/engine.md} maps them, for those who work on avec itself.
 *
 * <p>All public types in this package are immutable and thread-safe.
 */
package org.avec;
