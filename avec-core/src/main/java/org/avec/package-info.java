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
 * <h2>Where each rule lives</h2>
 * The public types are the group's vocabulary: {@link org.avec.Constitution} (with {@link org.avec.LoanPolicy} and
 * {@link org.avec.ShareOutPolicy}), {@link org.avec.Cycle}, {@link org.avec.Event}, {@link org.avec.ShareOut} and
 * the values they give ({@link org.avec.MemberAccount}, {@link org.avec.LoanStatement},
 * {@link org.avec.MeetingSummary}, {@link org.avec.ShareOutLine}), {@link org.avec.Allocation}, and the refusals
 * ({@link org.avec.Rule}, {@link org.avec.RuleViolationException}). {@code Cycle} keeps the records and
 * delegates; it holds no rule. The rules live in package-private classes named after the group's rule areas,
 * each opening with its rule in the group's words:
 * <table class="striped">
 *   <caption>The engine's files</caption>
 *   <tr><th>file</th><th>what it knows</th></tr>
 *   <tr><td>{@code Recorder}</td><td>applies events in order; "events belong to the meeting that is open"</td></tr>
 *   <tr><td>{@code Meetings}</td><td>meetings in order, attendance, new members, the cash count</td></tr>
 *   <tr><td>{@code Savings}</td><td>shares and savings, cash handed in for shares, fines (and where they go)</td></tr>
 *   <tr><td>{@code SocialFund}</td><td>the social fund: contributions, grants, interest-free loans and their
 *       repayment</td></tr>
 *   <tr><td>{@code Lending}</td><td>the loan cap and the cash-in-box limit (both for refusing a loan and for a
 *       member's borrowing capacity), repayments, reschedules, write-offs, portfolio at risk</td></tr>
 *   <tr><td>{@code Charges}</td><td>service charges (flat, declining, up front added or deducted at issue) and
 *       late penalties</td></tr>
 *   <tr><td>{@code Leaving}</td><td>the settlement of a member who leaves mid-cycle</td></tr>
 *   <tr><td>{@code Sharing}</td><td>the share-out: the four methods (by shares, by share-meetings, equally,
 *       loan-based), debts netted and forfeited shares, the three roundings, remainder, the social fund shared or
 *       carried</td></tr>
 *   <tr><td>{@code Reports}</td><td>the public values read from the books (no rule of its own)</td></tr>
 *   <tr><td>{@code Books}</td><td>the state the rule areas change: boxes, running totals, accounts, loans;
 *       copied once per recording, published unchanged; the refusal for an unknown or departed member</td></tr>
 *   <tr><td>{@code Account}, {@code Loan}, {@code MeetingTotals}</td><td>one member's account, one loan, one
 *       meeting's totals, inside the books</td></tr>
 *   <tr><td>{@code MemberTable}</td><td>who is in the group (each member once) and where her account is</td></tr>
 *   <tr><td>{@code MinorUnits}</td><td>the arithmetic of money: reading an amount, a rate times an amount, a part
 *       of a total by weight; the one check that an amount is in the group's currency</td></tr>
 *   <tr><td>{@code LargestRemainder}</td><td>whole cash units left over after rounding go to the largest
 *       remainders (share-out and {@code Allocation}), ties to the larger weight</td></tr>
 *   <tr><td>{@code History}, {@code EventHistory}</td><td>what a cycle closed, and its events, shared between
 *       cycle values without copying</td></tr>
 * </table>
 *
 * <p>All public types in this package are immutable and thread-safe.
 */
package org.avec;
