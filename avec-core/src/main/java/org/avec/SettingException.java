package org.avec;

import java.util.Objects;
import java.util.Optional;

/**
 * A setting of the constitution that the rules refuse: out of its bounds, or contradicting another setting. It names
 * the setting as data ({@link #setting()}, and the fine's name for a fine), so that a program that reads constitutions
 * from files can point at the line of that setting without reading the message.
 *
 * <p>It is an {@link IllegalArgumentException}: code that catches those still catches it.
 */
public final class SettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The settings of a constitution, as the builders take them. */
    public enum Setting {
        /** The group's currency (the share value's). */
        CURRENCY,
        /** The value of one share. */
        SHARE_VALUE,
        /** The fewest and most shares bought at one meeting. */
        SHARES_PER_MEETING,
        /** The social-fund contribution. */
        SOCIAL_FUND,
        /** How often and how many times the group meets. */
        MEETINGS,
        /** The smallest coin or note paid out. */
        CASH_UNIT,
        /** A fine of the schedule ({@link SettingException#fine()} names it). */
        FINE,
        /** The term of the social fund's interest-free loans. */
        SOCIAL_FUND_LOANS,
        /** Which fine is charged for absence. */
        ABSENCE_FINE,
        /** The loan cap, as a multiple of savings. */
        LOAN_CAP,
        /** How many loans a member holds at once. */
        LOANS_AT_ONCE,
        /** The service charge's rate and period. */
        SERVICE_CHARGE,
        /** How charges are rounded. */
        CHARGE_ROUNDING,
        /** The longest term of a loan. */
        LOAN_TERM,
        /** The closing meetings without new loans. */
        CLOSING_MEETINGS,
        /** The late penalty's rate. */
        LATE_PENALTY,
        /** The part of a leaver's settlement kept as a penalty. */
        LEAVING_PENALTY,
        /** The places the loan fund's cash is kept besides the box (a bank account, a mobile-money wallet). */
        PLACES
    }

    /** The setting refused. */
    private final Setting setting;
    /** The fine's name, for {@link Setting#FINE}. */
    private final String fine;

    SettingException(Setting setting, String message) {
        this(setting, null, message);
    }

    SettingException(Setting setting, String fine, String message) {
        super(message);
        this.setting = Objects.requireNonNull(setting, "setting");
        this.fine = fine;
    }

    /**
     * The setting the rules refuse.
     *
     * @return the setting, never null
     */
    public Setting setting() {
        return setting;
    }

    /**
     * The name of the fine refused, for {@link Setting#FINE} and {@link Setting#ABSENCE_FINE}.
     *
     * @return the fine's name, or empty
     */
    public Optional<String> fine() {
        return Optional.ofNullable(fine);
    }
}
