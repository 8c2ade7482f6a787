package org.avec;

import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.avec.internal.Amounts;

/**
 * What the events that move the group's own money have in common (money that is no member's: cash moved to the bank,
 * an expense, bank interest, a loan to the group, property): the meeting, the place the cash is in or goes to, a name
 * (a lender, an item, a reason), who decided, and an amount more than zero read once into exact minor units. See
 * rules reference §12.
 */
abstract class GroupMoney {
    /** The longest text a name, a reason or a decider may have: 200 characters. */
    static final int MAX_TEXT = 200;

    private final String kind;
    private final int meeting;
    private final String place;
    private final String name;
    private final String decidedBy;
    private final CurrencyUnit currency;
    private final long minor;

    GroupMoney(String kind, int meeting, String place, String name, String decidedBy, MonetaryAmount amount,
            String what) {
        this.kind = kind;
        this.meeting = MemberAmount.positiveMeeting(meeting);
        this.place = place == null ? null : text(place, "place");
        this.name = name == null ? null : text(name, what);
        this.decidedBy = decidedBy == null ? null : text(decidedBy, "who decided");
        this.minor = MinorUnits.positive(Objects.requireNonNull(amount, "amount"), "The amount of " + kind);
        this.currency = amount.getCurrency();
    }

    /** A name, reason or decider: not blank, at most {@link #MAX_TEXT} characters. */
    static String text(String t, String what) {
        Objects.requireNonNull(t, what);
        if (org.avec.internal.Compat.isBlank(t)) {
            throw new IllegalArgumentException("The " + what + " must not be blank");
        }
        if (t.length() > MAX_TEXT) {
            throw new IllegalArgumentException("The " + what + " has at most " + MAX_TEXT + " characters, not "
                    + t.length());
        }
        return t;
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
     * Where the cash is: {@link Constitution#BOX} or a place the constitution names. Property given to the group moves
     * no cash and has no place.
     *
     * @return the place's name; null only for {@link Event.PropertyGiven}
     */
    public String place() {
        return place;
    }

    String name() {
        return name;
    }

    String decidedBy() {
        return decidedBy;
    }

    /**
     * The amount. See {@code MemberAmount}'s note on Moneta's trailing zeros: compare amounts with {@code isEqualTo}.
     *
     * @return the amount, more than zero, never null
     */
    public MonetaryAmount amount() {
        return Amounts.of(minor, currency);
    }

    final CurrencyUnit currency() {
        return currency;
    }

    final long minor() {
        return minor;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && same((GroupMoney) o);
    }

    boolean same(GroupMoney e) {
        return meeting == e.meeting && minor == e.minor && currency.equals(e.currency) && Objects.equals(place, e.place)
                && Objects.equals(name, e.name) && Objects.equals(decidedBy, e.decidedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass().getSimpleName(), meeting, place, name, decidedBy, currency, minor);
    }

    @Override
    public String toString() {
        return kind + "[meeting=" + meeting + (place == null ? "" : ", place=" + SafeText.of(place))
                + (name == null ? "" : ", " + SafeText.of(name)) + ", amount=" + Amounts.format(minor, currency)
                + (decidedBy == null ? "" : ", decided by " + SafeText.of(decidedBy)) + "]";
    }
}
