package org.avec;

import java.util.Arrays;

/**
 * The group's own money beyond the box (rules reference §12). "Part of the loan fund may be kept at a bank or in a
 * mobile-money wallet the constitution names; moving cash between the box and such a place changes no fund's total,
 * and cash is paid or moved only from a place that holds it. Bank interest and other income are profit; fees and
 * other expenses, and the interest the group pays on a loan to the group, reduce it. A loan to the group brings cash
 * into the loan fund and is owed to the lender, never shared out; the group repays no more than it owes. Property the
 * group buys is valued at its cost, property given at its stated value; a sale brings its price into the loan fund,
 * and the difference from the value is a gain or a loss."
 *
 * <p>Members' own money always goes into and comes out of the box: the other rule areas change {@link Books#loanFund},
 * and the box is what the places do not hold ({@link Books#boxCash()}).
 */
final class GroupAccounts {

    private GroupAccounts() {}

    /** Where a place is (0 the box, 1.. the constitution's places), or the refusal naming the places there are. */
    static int place(Books b, String name) {
        int i = b.constitution.placeIndex(name);
        if (i < 0) {
            throw b.refuse(Rule.PLACE_UNKNOWN, null, "no place named '" + SafeText.of(name) + "': the constitution"
                    + " keeps cash in the box" + (b.constitution.places().isEmpty() ? " only"
                            : " and at " + SafeText.of(String.join(", ", b.constitution.places()))));
        }
        return i;
    }

    /** The loan-fund cash at a place. */
    static long cashAt(Books b, int place) {
        // no place has held cash yet: the array is made by the first cash put at one
        return place == 0 ? b.boxCash() : b.placeCash.length == 0 ? 0 : b.placeCash[place - 1];
    }

    private static String name(Books b, int place) {
        return place == 0 ? Constitution.BOX : b.constitution.places().get(place - 1);
    }

    /** Takes cash from a place, refused if the place does not hold it; the caller has checked the amount's currency. */
    private static void take(Books b, int place, long amount, String what) {
        long there = cashAt(b, place);
        if (amount > there) {
            throw b.refuse(Rule.PLACE_CASH, null, what + " of " + b.fmt(amount) + " is more than the " + b.fmt(there)
                    + " of the loan fund " + (place == 0 ? "in the box" : "at " + SafeText.of(name(b, place)))
                    + (place == 0 && b.placesTotal > 0 ? " (" + b.fmt(b.placesTotal) + " is kept at the other places:"
                            + " move it to the box first)" : ""));
        }
        if (place > 0) {
            long[] cash = b.placeCash.clone();
            cash[place - 1] -= amount;
            b.placeCash = cash;
            b.placesTotal -= amount;
        }
        b.loanFund -= amount;
    }

    /** Puts cash at a place. */
    private static void put(Books b, int place, long amount) {
        long fund = Math.addExact(b.loanFund, amount);
        if (place > 0) {
            long[] cash = b.placeCash.length == 0 ? new long[b.constitution.places().size()] : b.placeCash.clone();
            cash[place - 1] = Math.addExact(cash[place - 1], amount);
            b.placesTotal = Math.addExact(b.placesTotal, amount);
            b.placeCash = cash;
        }
        b.loanFund = fund;
    }

    private static long amount(Books b, GroupMoney e, String what) {
        MinorUnits.requireCurrency(b.currency, e.currency(), e.minor(), b.meeting, null, what);
        return e.minor();
    }

    /** Cash is moved between two places: no fund's total changes. */
    static void move(Books b, Event.CashMoved e) {
        int from = place(b, e.from());
        int to = place(b, e.to());
        long amount = amount(b, e, "the cash moved");
        take(b, from, amount, "moving cash");
        put(b, to, amount);
    }

    /** A place's balance is checked against the records. */
    static void count(Books b, Event.PlaceCounted e) {
        int at = place(b, e.place());
        MinorUnits.requireCurrency(b.currency, e.currency(), e.minor(), b.meeting, null, "the balance checked");
        long there = cashAt(b, at);
        if (e.minor() != there) {
            throw b.refuse(Rule.PLACE_CASH, null, "the balance found at " + SafeText.of(e.place()) + " is "
                    + b.fmt(e.minor()) + ", but the records say " + b.fmt(there) + " (difference "
                    + b.fmt(e.minor() - there) + ")");
        }
    }

    /** Other income comes in: profit. */
    static void income(Books b, Event.IncomeReceived e) {
        int at = place(b, e.place());
        long amount = amount(b, e, "the income");
        put(b, at, amount);
        b.otherIncome = Math.addExact(b.otherIncome, amount);
        b.current.otherIncome += amount;
    }

    /** An expense is paid: it reduces the profit. */
    static void expense(Books b, Event.ExpensePaid e) {
        int at = place(b, e.place());
        long amount = amount(b, e, "the expense");
        take(b, at, amount, "an expense");
        b.expenses += amount;
        b.current.expenses += amount;
    }

    /** A loan to the group comes in: cash in, and a debt to the lender. */
    static void borrow(Books b, Event.GroupLoanReceived e) {
        int at = place(b, e.place());
        long amount = amount(b, e, "the loan to the group");
        int i = lender(b, e.lender());
        long debt = Math.addExact(b.groupDebt, amount);
        String[] names = b.lenders;
        long[] owed;
        if (i < 0) {
            names = Arrays.copyOf(names, names.length + 1);
            names[names.length - 1] = e.lender();
            owed = Arrays.copyOf(b.lenderOwed, names.length);
            i = names.length - 1;
        } else {
            owed = b.lenderOwed.clone();
        }
        owed[i] = Math.addExact(owed[i], amount);
        put(b, at, amount);
        b.lenders = names;
        b.lenderOwed = owed;
        b.groupDebt = debt;
        b.groupBorrowed = Math.addExact(b.groupBorrowed, amount);
        b.current.groupBorrowed += amount;
    }

    /** The group repays a lender: principal lowers the debt, interest is an expense. */
    static void repayLender(Books b, Event.GroupLoanRepaid e) {
        int at = place(b, e.place());
        long paid = amount(b, e, "the repayment to the lender");
        long interest = e.interestMinor();
        long principal = paid - interest;
        int i = lender(b, e.lender());
        long owes = i < 0 ? 0 : b.lenderOwed[i];
        if (principal > owes) {
            throw b.refuse(Rule.GROUP_LOAN, null, "repaying " + b.fmt(principal) + " of principal to "
                    + SafeText.of(e.lender()) + ", but the group owes " + (i < 0 ? "nothing to that lender"
                            + (b.lenders.length == 0 ? "" : " (lenders: " + SafeText.of(String.join(", ", b.lenders)) + ")")
                            : b.fmt(owes)));
        }
        take(b, at, paid, "repaying " + SafeText.of(e.lender()));
        if (principal > 0) {
            long[] owed = b.lenderOwed.clone();
            owed[i] -= principal;
            b.lenderOwed = owed;
        }
        b.groupDebt -= principal;
        b.groupPrincipalRepaid += principal;
        b.groupInterestPaid += interest;
        b.current.groupRepaid += principal;
        b.current.groupInterest += interest;
    }

    private static int lender(Books b, String name) {
        for (int i = 0; i < b.lenders.length; i++) {
            if (b.lenders[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static int item(Books b, String name) {
        for (int i = 0; i < b.property.length; i++) {
            if (b.property[i].item().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static void requireNewItem(Books b, String item) {
        int i = item(b, item);
        if (i >= 0) {
            throw b.refuse(Rule.PROPERTY, null, "the group already holds property named '" + SafeText.of(item)
                    + "' (since meeting " + b.property[i].meeting() + ", " + b.fmt(b.property[i].value()) + "): name"
                    + " each item apart");
        }
    }

    private static void hold(Books b, Books.Held h) {
        long held = Math.addExact(b.propertyHeld, h.value());
        Books.Held[] all = Arrays.copyOf(b.property, b.property.length + 1);
        all[all.length - 1] = h;
        b.property = all;
        b.propertyHeld = held;
    }

    /** Property is bought from a place: cash becomes property at its cost. */
    static void buy(Books b, Event.PropertyBought e) {
        int at = place(b, e.place());
        long cost = amount(b, e, "the property's cost");
        requireNewItem(b, e.item());
        take(b, at, cost, "buying " + SafeText.of(e.item()));
        hold(b, new Books.Held(e.item(), cost, b.meeting, null));
        b.propertyBought += cost;
        b.current.propertyBought += cost;
    }

    /** Property is given: worth without cash. */
    static void given(Books b, Event.PropertyGiven e) {
        long value = amount(b, e, "the property's value");
        requireNewItem(b, e.item());
        long given = Math.addExact(b.propertyGiven, value);
        hold(b, new Books.Held(e.item(), value, b.meeting, e.givenBy()));
        b.propertyGiven = given;
    }

    /** Property is sold: its price comes in, its value goes out of the property held. */
    static void sell(Books b, Event.PropertySold e) {
        int at = place(b, e.place());
        long price = amount(b, e, "the sale price");
        int i = item(b, e.item());
        if (i < 0) {
            throw b.refuse(Rule.PROPERTY, null, "the group holds no property named '" + SafeText.of(e.item()) + "'"
                    + (b.property.length == 0 ? "" : " (it holds: " + SafeText.of(String.join(", ",
                            Arrays.stream(b.property).map(Books.Held::item).toArray(String[]::new))) + ")"));
        }
        long sold = Math.addExact(b.propertySold, price);
        put(b, at, price);
        Books.Held h = b.property[i];
        Books.Held[] all = new Books.Held[b.property.length - 1];
        System.arraycopy(b.property, 0, all, 0, i);
        System.arraycopy(b.property, i + 1, all, i, all.length - i);
        b.property = all;
        b.propertyHeld -= h.value();
        b.propertySoldValue += h.value();
        b.propertySold = sold;
        b.current.propertySold += price;
    }
}
