package org.avec;

import javax.money.MonetaryAmount;

/**
 * A member's position in the cycle at a moment: shares and savings, social fund paid, fines, loans and
 * attendance. Read it from {@link Cycle#member(String)} or {@link Cycle#members()}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the member's id
 * @param name the member's name
 * @param joinedAt the meeting at which the member joined (0 for a member who started the cycle)
 * @param leftAt the meeting at which the member left and was settled, 0 while still a member
 * @param shares the shares bought this cycle
 * @param savings the savings this cycle: shares × share value
 * @param socialFundPaid what the member put into the social fund this cycle: contributions, and leftovers of cash
 *     handed in when the constitution keeps them
 * @param finesOwed the fines charged and not yet paid
 * @param finesPaid the fines paid
 * @param principalOutstanding the principal of the member's loans not yet repaid
 * @param owedOnLoans principal outstanding plus service charges and penalties due and unpaid
 * @param borrowingCapacity the largest new loan the member could take now (zero if none)
 * @param settlement what the member was owed for their shares on leaving (zero while still a member)
 * @param present meetings attended on time
 * @param late meetings attended late
 * @param absent meetings missed
 * @param represented meetings missed, but she sent a representative with her savings or repayment
 * @param shareMeetings the member's weight in a time-weighted share-out: for each share, the meetings after the one
 *     it was bought at, up to the share-out meeting
 * @param chargesPaid the service charges the member paid on her loans this cycle (including charges kept back at
 *     issue)
 * @param penaltiesPaid the late penalties the member paid this cycle
 * @param socialFundLoan what the member owes the social fund on an interest-free loan
 * @param profile what the programme records about the member (sex, year of birth), never read by the money rules
 */
public record MemberAccount(MemberId id, String name, int joinedAt, int leftAt, long shares, MonetaryAmount savings,
        MonetaryAmount socialFundPaid, MonetaryAmount finesOwed, MonetaryAmount finesPaid,
        MonetaryAmount principalOutstanding, MonetaryAmount owedOnLoans, MonetaryAmount borrowingCapacity,
        MonetaryAmount settlement, int present, int late, int absent, int represented, long shareMeetings, MonetaryAmount chargesPaid,
        MonetaryAmount penaltiesPaid, MonetaryAmount socialFundLoan, Profile profile) {

    /**
     * Whether the member is still in the group (has not left).
     *
     * @return true while a member
     */
    public boolean isActive() {
        return leftAt == 0;
    }
}
