package org.avec;

/**
 * The rules of the group's constitution and of the methodology that avec enforces. Every refusal
 * ({@link RuleViolationException}) names one of these.
 */
public enum Rule {
    /** Events are recorded meeting by meeting, in order: a meeting is opened before anything happens at it, and meetings are numbered 1, 2, 3, ... up to the last meeting of the cycle. */
    MEETING_ORDER("meetings are held in order and events belong to the meeting that is open"),
    /** All amounts are in the group's one currency. */
    GROUP_CURRENCY("all amounts are in the group's currency"),
    /** Only members of the group take part: the member must have joined. */
    MEMBER_UNKNOWN("only members of the group take part"),
    /** Each member joins once, with an id no other member has. */
    MEMBER_ALREADY_JOINED("each member joins once"),
    /** A member who has left the group and been settled takes no further part in the cycle. */
    MEMBER_LEFT("a member who has left takes no further part"),
    /** Attendance is taken once for each member at each meeting. */
    ATTENDANCE_ONCE("attendance is taken once per member per meeting"),
    /** Each member buys between the minimum and the maximum number of shares at a meeting, in one purchase. */
    SHARES_PER_MEETING("shares bought at one meeting are between the minimum and the maximum"),
    /** Each member pays the social-fund contribution set in the constitution, once per meeting. */
    SOCIAL_FUND_CONTRIBUTION("the social-fund contribution is the same for all, once per meeting"),
    /** A social-fund grant cannot be larger than what is in the social fund. */
    SOCIAL_FUND_BALANCE("a grant is paid only from what is in the social fund"),
    /** A fine is charged only if the constitution's fine schedule names it. */
    FINE_SCHEDULE("fines are those in the constitution's schedule"),
    /** A member pays only the fines that were charged and are still unpaid. */
    FINE_OVERPAID("a member pays only fines that are owed"),
    /** The money counted in each box must equal what the records say should be there. */
    CASH_COUNT("the cash counted must equal the cash expected"),
    /** A loan is no larger than the constitution's multiple of the borrower's savings, less what the borrower already owes. */
    LOAN_CAP("a loan is at most the allowed multiple of the borrower's savings"),
    /** Loans are paid out of the loan fund's cash only: never more than the cash in the box, never from the social fund. */
    LOAN_FUND_CASH("loans come only from the cash in the loan fund"),
    /** A member holds no more loans at once than the constitution allows. */
    LOANS_AT_ONCE("a member holds no more loans at once than allowed"),
    /**
     * A loan's term is at most the longest term allowed, and it falls due no later than the share-out meeting (where it is
     * repaid before the share-out is worked out).
     */
    LOAN_TERM("a loan is repaid within the longest term, by the share-out meeting"),
    /** No new loan is issued in the closing meetings before share-out. */
    LOAN_CLOSING_MEETINGS("no new loans in the closing meetings"),
    /** A repayment, reschedule or write-off needs a loan that is still outstanding. */
    LOAN_NONE_OUTSTANDING("there must be a loan outstanding"),
    /** A member repays no more than the service charges and principal owed. */
    LOAN_OVERPAYMENT("a member repays no more than is owed"),
    /** A member leaving mid-cycle first repays every loan. */
    LEAVER_HAS_LOAN("a member repays all loans before leaving"),
    /** A member leaving mid-cycle is paid from the loan fund's cash, which must be enough. */
    LEAVER_SETTLEMENT("a leaving member is paid from the cash in the loan fund"),
    /** The share-out happens at the last meeting of the cycle. */
    SHARE_OUT_MEETING("the share-out happens at the last meeting"),
    /** Loans are repaid before share-out (when the constitution does not allow deducting them from payouts). */
    SHARE_OUT_LOANS_OUTSTANDING("all loans are repaid before share-out"),
    /** A service charge deducted from the cash handed over at issue is no more than the loan itself. */
    LOAN_CHARGE_DEDUCTED("a charge deducted at issue is no more than the loan"),
    /**
     * The social fund lends only if the constitution allows it, interest-free, from what it holds, one loan at a
     * time per member, repaid within the constitution's term and before share-out (S7).
     */
    SOCIAL_FUND_LOAN("the social fund lends only as the constitution allows, from what it holds, and is repaid in time"),
    /** Cash handed in for savings buys at least the fewest shares allowed in one purchase, after the social-fund contribution. */
    SAVINGS_HANDED_IN("cash handed in buys at least the fewest shares allowed"),
    /**
     * The books opened mid-cycle balance: loan-fund cash + loans outstanding = savings + profit earned before the
     * books + capital carried in; the opening's meetings, members and loans fit the constitution.
     */
    OPENING_BALANCE("the opening balances add up and fit the constitution"),
    /** The absence fine is charged only to a member marked absent (or represented, if the group fines that). */
    FINE_ABSENCE("the absence fine is charged only to members absent from the meeting"),
    /** A member's year of birth is not after the year of the meeting she joins at, nor more than 120 years before. */
    MEMBER_PROFILE("a member's year of birth is before the meeting and within 120 years of it"),
    /** Each entry of the record has its own identity: the same entry twice is one entry, never two. */
    ENTRY_IDENTITY("each entry has its own identity"),
    /** A correction names an entry already in the record; the entry it replaces stays in the record. */
    ENTRY_CORRECTION("a correction names an entry already in the record"),
    /** Cash is kept in the box and in the places the constitution names (a bank account, a mobile-money wallet). */
    PLACE_UNKNOWN("cash is kept only in the box and the places the constitution names"),
    /**
     * Cash is paid or moved only from a place that holds it: a loan, a settlement or an expense from the box needs the
     * cash in the box (move it from the bank first), and a place's count must equal what the records say.
     */
    PLACE_CASH("cash is paid or moved only from a place that holds it"),
    /** The group repays a lender no more than it owes, and owes only what it received. */
    GROUP_LOAN("the group repays a lender no more than it owes"),
    /** Property is named once while the group holds it, and only property the group holds is sold. */
    PROPERTY("the group sells only property it holds, each item named once"),
    /** What the group owes on a loan to the group is covered by its cash before the share-out divides anything. */
    SHARE_OUT_GROUP_DEBT("the group's own debt is covered before the share-out divides anything");

    private final String words;

    Rule(String words) {
        this.words = words;
    }

    /**
     * The rule in the group's own words, for messages and statements.
     *
     * @return a short sentence, never null
     */
    public String words() {
        return words;
    }
}
