package org.avec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.avec.internal.Amounts;

/**
 * The group's balance at a moment: what it holds and what it owes (rules reference §12, SAVIX-style reporting, S11).
 * "Assets = cash (in the box, at the bank, in the wallet) + loans outstanding + property + social fund; liabilities =
 * loans to the group; equity = assets − liabilities." The members' savings and the group's profit are the equity.
 *
 * <p>Example (§12): box 1,200, bank 2,500, wallet 300, loans outstanding 4,000, a mill 6,000, social fund 450, and a bank
 * loan of 3,000 owed: assets 14,450, liabilities 3,000, equity 11,450.
 *
 * <p>This record is immutable and thread-safe; its maps keep the order given and cannot be changed.
 *
 * @param cash the loan fund's cash at each place, the box first ({@link Constitution#BOX}), not null
 * @param loansOutstanding principal members still owe the loan fund, not null
 * @param property each item of property the group holds, at its value (cost, or the value stated when given), not null
 * @param socialFund the social fund: its cash and what members owe it, not null
 * @param owedToLenders what the group owes each lender on loans to the group, not null
 */
public record Balance(Map<String, MonetaryAmount> cash, MonetaryAmount loansOutstanding,
        Map<String, MonetaryAmount> property, MonetaryAmount socialFund, Map<String, MonetaryAmount> owedToLenders) {

    /**
     * Checks that every amount is in one currency and copies the maps.
     *
     * @param cash the loan fund's cash at each place, the box first, not null
     * @param loansOutstanding principal members still owe the loan fund, not null
     * @param property each item of property at its value, not null
     * @param socialFund the social fund: its cash and what members owe it, not null
     * @param owedToLenders what the group owes each lender, not null
     * @throws IllegalArgumentException if amounts are in two currencies or an amount is negative
     * @throws NullPointerException if anything is null
     */
    public Balance {
        CurrencyUnit currency = Objects.requireNonNull(loansOutstanding, "loansOutstanding").getCurrency();
        cash = copy(cash, currency, "cash");
        property = copy(property, currency, "property");
        owedToLenders = copy(owedToLenders, currency, "owedToLenders");
        check(socialFund, currency, "socialFund");
        check(loansOutstanding, currency, "loansOutstanding");
    }

    private static Map<String, MonetaryAmount> copy(Map<String, MonetaryAmount> m, CurrencyUnit currency, String what) {
        Objects.requireNonNull(m, what);
        Map<String, MonetaryAmount> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(Objects.requireNonNull(k, what), check(v, currency, what + " " + k)));
        return Collections.unmodifiableMap(out);
    }

    private static MonetaryAmount check(MonetaryAmount a, CurrencyUnit currency, String what) {
        Objects.requireNonNull(a, what);
        if (!a.getCurrency().equals(currency)) {
            throw new IllegalArgumentException("The balance is in " + currency + ", but " + SafeText.of(what)
                    + " is " + Amounts.format(a));
        }
        if (a.isNegative()) {
            throw new IllegalArgumentException("The balance's " + SafeText.of(what) + " must not be negative: "
                    + Amounts.format(a));
        }
        return a;
    }

    private MonetaryAmount sum(Map<String, MonetaryAmount> m) {
        MonetaryAmount total = loansOutstanding.multiply(0);
        for (MonetaryAmount a : m.values()) {
            total = total.add(a);
        }
        return total;
    }

    /**
     * The loan fund's cash at every place together.
     *
     * @return the cash, never null
     */
    public MonetaryAmount cashTotal() {
        return sum(cash);
    }

    /**
     * The property's value together.
     *
     * @return the value, never null
     */
    public MonetaryAmount propertyTotal() {
        return sum(property);
    }

    /**
     * What the group holds: cash at every place + loans outstanding + property + the social fund.
     *
     * @return the assets, never null
     */
    public MonetaryAmount assets() {
        return cashTotal().add(loansOutstanding).add(propertyTotal()).add(socialFund);
    }

    /**
     * What the group owes: loans to the group still owed.
     *
     * @return the liabilities, never null
     */
    public MonetaryAmount liabilities() {
        return sum(owedToLenders);
    }

    /**
     * What the group is worth to its members: assets − liabilities.
     *
     * @return the equity, negative if the group owes more than it holds, never null
     */
    public MonetaryAmount equity() {
        return assets().subtract(liabilities());
    }

    /** One line: assets, liabilities and equity, with the cash at each place. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Balance: cash");
        cash.forEach((k, v) -> sb.append(' ').append(SafeText.of(k)).append(' ').append(Amounts.format(v)));
        sb.append(", loans out ").append(Amounts.format(loansOutstanding));
        if (!property.isEmpty()) {
            sb.append(", property ").append(Amounts.format(propertyTotal()));
        }
        return sb.append(", social fund ").append(Amounts.format(socialFund)).append(" = assets ")
                .append(Amounts.format(assets())).append("; liabilities ").append(Amounts.format(liabilities()))
                .append("; equity ").append(Amounts.format(equity())).toString();
    }
}
