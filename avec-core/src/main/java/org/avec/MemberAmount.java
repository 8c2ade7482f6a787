package org.avec;

import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.avec.internal.Amounts;

/**
 * What the events that move a member's money have in common: the meeting, the member, and an amount more than
 * zero, read once into exact minor units of its currency when the event is made (see {@link MinorUnits#minor}).
 * The amount is given back as a {@link MonetaryAmount} when asked for.
 */
abstract class MemberAmount {
    private final String kind;
    private final int meeting;
    private final MemberId member;
    private final CurrencyUnit currency;
    private final long minor;

    MemberAmount(String kind, int meeting, MemberId member, MonetaryAmount amount, String what) {
        this.kind = kind;
        this.meeting = positiveMeeting(meeting);
        this.member = Objects.requireNonNull(member, "member");
        this.minor = MinorUnits.positive(Objects.requireNonNull(amount, "amount"), what + member);
        this.currency = amount.getCurrency();
    }

    /** The one check of an event's meeting number: meetings are numbered from 1. */
    static int positiveMeeting(int meeting) {
        if (meeting < 1) {
            throw new IllegalArgumentException("Meetings are numbered from 1, not " + meeting);
        }
        return meeting;
    }

    /**
     * The meeting this event belongs to.
     *
     * @return the meeting number, at least 1
     */
    public int meeting() {
        return meeting;
    }

    /**
     * The member whose money this is.
     *
     * @return the member's id, never null
     */
    public MemberId member() {
        return member;
    }

    /**
     * The amount. Moneta keeps no trailing zeros in an amount it makes: 975.00 dirhams is {@code MAD 975}, the same
     * amount (compare amounts with {@code isEqualTo}; print them at the currency's scale with a
     * {@code MonetaryAmountFormat}, or with {@code setScale} on the number).
     *
     * @return the amount, more than zero, never null
     */
    public MonetaryAmount amount() {
        return Amounts.of(minor, currency);
    }

    /** The amount's currency. */
    final CurrencyUnit currency() {
        return currency;
    }

    /** The amount in minor units of its currency. */
    final long minor() {
        return minor;
    }

    final boolean sameAs(MemberAmount e) {
        return meeting == e.meeting && minor == e.minor && member.equals(e.member) && currency.equals(e.currency);
    }

    final String fields() {
        return kind + "[meeting=" + meeting + ", member=" + member + ", amount=" + Amounts.format(minor, currency);
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && sameAs((MemberAmount) o);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass().getSimpleName(), meeting, member, currency, minor);
    }

    @Override
    public String toString() {
        return fields() + "]";
    }
}
