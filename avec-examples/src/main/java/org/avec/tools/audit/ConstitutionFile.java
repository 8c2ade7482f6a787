package org.avec.tools.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;
import org.avec.Constitution;
import org.avec.LoanPolicy;
import org.avec.SettingException;
import org.avec.ShareOutPolicy;
import org.javamoney.moneta.Money;

/**
 * Reads a group's constitution from a file of {@code key = value} lines ({@code #} starts a comment). The keys,
 * with what is used when a key is left out:
 *
 * <pre>
 * currency                   the group's currency, ISO code (required), e.g. MAD
 * share.value                price of one share (required), e.g. 10
 * shares.min / shares.max    shares a member buys at one meeting (1 / 5)
 * social.fund                social-fund contribution per member per meeting (0)
 * meetings                   meetings in the cycle, the last is the share-out (required)
 * frequency                  WEEKLY, FORTNIGHTLY or MONTHLY (WEEKLY)
 * cash.unit                  smallest coin or note paid out (the currency's minor unit)
 * fine.NAME                  the fine called NAME, e.g. fine.late = 2 (none)
 * loan.rate                  service charge per charging period, e.g. 0.10 for 10% (0.10)
 * loan.period                meetings in a charging period (4)
 * loan.method                FLAT, DECLINING_BALANCE or UP_FRONT (FLAT)
 * loan.max.multiple          a loan is at most this multiple of the borrower's savings (3)
 * loan.max.at.once           loans a member may hold at once (1)
 * loan.max.term              longest term, in charging periods (3)
 * loan.closing.meetings      meetings at the end of the cycle without new loans (4)
 * loan.late.penalty          penalty rate on an overdue balance per period (0)
 * loan.write.off.cover       LOAN_FUND_LOSS or SOCIAL_FUND (LOAN_FUND_LOSS)
 * shareout.method            PROPORTIONAL or TIME_WEIGHTED (PROPORTIONAL)
 * shareout.outstanding.loans REFUSE or DEDUCT_FROM_PAYOUT (REFUSE)
 * carried.loan.fund          cash carried into the loan fund from the last cycle (0)
 * carried.social.fund        cash carried into the social fund from the last cycle (0)
 * </pre>
 *
 * Every line is checked; every problem is reported with its line number, and a file with any problem gives
 * no constitution at all.
 */
public final class ConstitutionFile {

    /** A constitution read without problems, with the balances carried in from the last cycle. */
    public record Read(Constitution constitution, MonetaryAmount carriedLoanFund, MonetaryAmount carriedSocialFund) {}

    private static final List<String> KEYS = List.of("currency", "share.value", "shares.min", "shares.max",
            "social.fund", "meetings", "frequency", "cash.unit", "loan.rate", "loan.period", "loan.method",
            "loan.max.multiple", "loan.max.at.once", "loan.max.term", "loan.closing.meetings", "loan.late.penalty",
            "loan.write.off.cover", "shareout.method", "shareout.outstanding.loans", "shareout.rounding",
            "shareout.remainder", "shareout.social.fund", "fines.to", "savings.leftover", "social.fund.loan.meetings",
            "carried.loan.fund", "carried.social.fund", "loan.first.charge", "shareout.leavers", "leavers.loans",
            "leavers.penalty", "absence.fine", "absence.fine.represented", "places",
            "loan.max.multiple.with.group.loan", "shareout.group.debt");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Integer> lineOf = new LinkedHashMap<>();
    private CurrencyUnit currency;

    private ConstitutionFile(String file) {
        this.file = file;
    }

    /**
     * Reads the lines of a constitution file.
     *
     * @param file the file's name, for messages
     * @param lines the file's lines
     * @param problems where problems are added
     * @return the constitution, or null if there was any problem
     */
    public static Read read(String file, List<String> lines, List<Problem> problems) {
        ConstitutionFile f = new ConstitutionFile(file);
        Read r = f.parse(lines);
        problems.addAll(f.problems);
        return f.problems.isEmpty() ? r : null;
    }

    /** The most lines that are not {@code key = value} named one by one; the others are counted. */
    static final int NAMED_NOT_SETTINGS = 10;

    private Read parse(List<String> lines) {
        int notSettings = 0;
        int firstUnnamed = 0;
        for (int i = 0; i < lines.size(); i++) {
            // a file saved by Notepad may begin with an invisible byte-order mark: it is not part of the first key
            String line = i == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(i);
            if (Csv.skip(line)) {
                continue;
            }
            if (line.strip().startsWith(RecordsFile.HEADER)) {
                // the records given for the constitution: one cause, said once, instead of a problem per row
                problems.clear();
                problem(i + 1, "this is a records file (its line is the records' header), not a constitution: give the "
                        + "constitution (key = value lines) with -c and the records with -r");
                return null;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                if (++notSettings <= NAMED_NOT_SETTINGS) {
                    problem(i + 1, "expected 'key = value', found '" + line.strip() + "'");
                } else if (firstUnnamed == 0) {
                    firstUnnamed = i + 1;
                }
                continue;
            }
            String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(eq + 1).strip();
            if (!KEYS.contains(key) && !(key.startsWith("fine.") && key.length() > 5)) {
                problem(i + 1, "unknown key '" + key + "' (known keys: " + String.join(", ", KEYS) + ", fine.NAME)");
            } else if (values.containsKey(key)) {
                problem(i + 1, "'" + key + "' is given twice (first at line " + lineOf.get(key) + ")");
            } else if (value.isEmpty()) {
                problem(i + 1, "'" + key + "' has no value");
            } else {
                values.put(key, value);
                lineOf.put(key, i + 1);
            }
        }
        if (notSettings > NAMED_NOT_SETTINGS) {
            int more = notSettings - NAMED_NOT_SETTINGS;
            problem(firstUnnamed, more + (more == 1 ? " more line is" : " more lines are") + " not 'key = value'"
                    + " (from this line on): is this the group's constitution?");
        }
        boolean missing = false;
        for (String required : List.of("currency", "share.value", "meetings")) {
            if (!values.containsKey(required)) {
                problem(0, "'" + required + "' is required");
                missing = true;
            }
        }
        if (missing) {
            return null;
        }
        // the values are read even after a problem in another line, so that every problem is named at once
        try {
            currency = Monetary.getCurrency(values.get("currency").toUpperCase(Locale.ROOT));
        } catch (UnknownCurrencyException e) {
            problem(lineOf.get("currency"), "unknown currency '" + values.get("currency") + "'");
            return null;
        }
        MonetaryAmount share = amount("share.value");
        // with a wrong share value the other lines are still checked, against a stand-in that is never used
        Constitution.Builder shareBuilder = Constitution.builder(Money.of(1, currency));
        if (share != null) {
            try {
                shareBuilder = Constitution.builder(share);
            } catch (IllegalArgumentException e) {
                problem(lineOf.get("share.value"), "share.value: " + e.getMessage());
            }
        }
        Constitution.Builder b = shareBuilder;
        LoanPolicy.Builder loans = LoanPolicy.builder();
        ShareOutPolicy.Builder shareOut = ShareOutPolicy.builder();
        if (values.containsKey("shares.min") || values.containsKey("shares.max")) {
            Integer min = values.containsKey("shares.min") ? count("shares.min") : Integer.valueOf(1);
            Integer max = values.containsKey("shares.max") ? count("shares.max") : Integer.valueOf(5);
            apply("shares.max", () -> b.sharesPerMeeting(min, max), min, max);
        }
        if (values.containsKey("social.fund")) {
            MonetaryAmount a = amount("social.fund");
            apply("social.fund", () -> b.socialFund(a), a);
        }
        Constitution.Frequency frequency = values.containsKey("frequency")
                ? choice("frequency", Constitution.Frequency.class) : Constitution.Frequency.WEEKLY;
        Integer meetings = count("meetings");
        apply("meetings", () -> b.meetings(frequency, meetings), frequency, meetings);
        if (values.containsKey("cash.unit")) {
            MonetaryAmount a = amount("cash.unit");
            apply("cash.unit", () -> b.cashUnit(a), a);
        }
        for (String key : values.keySet()) {
            if (key.startsWith("fine.")) {
                MonetaryAmount a = amount(key);
                apply(key, () -> b.fine(key.substring(5), a), a);
            }
        }
        if (values.containsKey("loan.rate") || values.containsKey("loan.period") || values.containsKey("loan.method")) {
            BigDecimal rate = values.containsKey("loan.rate") ? decimal("loan.rate") : new BigDecimal("0.10");
            Integer period = values.containsKey("loan.period") ? count("loan.period") : Integer.valueOf(4);
            LoanPolicy.ChargingMethod method = values.containsKey("loan.method")
                    ? choice("loan.method", LoanPolicy.ChargingMethod.class) : LoanPolicy.ChargingMethod.FLAT;
            String where = values.containsKey("loan.rate") ? "loan.rate" : values.containsKey("loan.period") ? "loan.period" : "loan.method";
            apply(where, () -> loans.serviceCharge(rate, period, method), rate, period, method);
        }
        optional("loan.max.multiple", this::decimal, loans::maxMultipleOfSavings);
        optional("loan.max.multiple.with.group.loan", this::decimal, loans::maxMultipleOfSavingsWithGroupLoan);
        optional("shareout.group.debt", k -> choice(k, ShareOutPolicy.GroupDebt.class), shareOut::groupDebt);
        if (values.containsKey("places")) {
            // the places besides the box, comma-separated: "places = bank, wallet"
            for (String place : values.get("places").split(",", -1)) {
                String name = place.trim();
                apply("places", () -> b.place(name), name);
            }
        }
        optional("loan.max.at.once", this::count, loans::maxLoansAtOnce);
        optional("loan.max.term", this::count, loans::maxTermPeriods);
        optional("loan.closing.meetings", this::count, loans::closingMeetings);
        optional("loan.late.penalty", this::decimal, loans::latePenaltyRate);
        optional("loan.write.off.cover", k -> choice(k, LoanPolicy.WriteOffCover.class), loans::writeOffCover);
        optional("shareout.method", k -> choice(k, ShareOutPolicy.Method.class), shareOut::method);
        optional("shareout.outstanding.loans", k -> choice(k, ShareOutPolicy.OutstandingLoans.class),
                shareOut::outstandingLoans);
        optional("shareout.rounding", k -> choice(k, ShareOutPolicy.Rounding.class), shareOut::rounding);
        optional("shareout.remainder", k -> choice(k, ShareOutPolicy.RemainderDestination.class), shareOut::remainderTo);
        optional("shareout.social.fund", k -> choice(k, ShareOutPolicy.SocialFund.class), shareOut::socialFund);
        optional("fines.to", k -> choice(k, Constitution.FineDestination.class), b::finesTo);
        optional("savings.leftover", k -> choice(k, Constitution.Leftover.class), b::leftover);
        optional("social.fund.loan.meetings", this::count, b::socialFundLoans);
        optional("loan.first.charge", k -> choice(k, LoanPolicy.FirstCharge.class), loans::firstCharge);
        optional("shareout.leavers", k -> choice(k, ShareOutPolicy.LeaverSettlement.class), shareOut::leavers);
        optional("leavers.loans", k -> choice(k, ShareOutPolicy.LeaverLoans.class), shareOut::leaverLoans);
        optional("leavers.penalty", this::decimal, shareOut::leavingPenalty);
        if (values.containsKey("absence.fine")) {
            Boolean represented = values.containsKey("absence.fine.represented") ? yesNo("absence.fine.represented")
                    : Boolean.FALSE;
            String fine = values.get("absence.fine");
            apply("absence.fine", () -> b.absenceFine(fine, represented), represented);
        } else if (values.containsKey("absence.fine.represented")) {
            problem(lineOf.get("absence.fine.represented"), "absence.fine.represented: says whether the absence fine"
                    + " is charged to represented members; name the fine with 'absence.fine' first");
        }
        MonetaryAmount carriedLoanFund = carried("carried.loan.fund");
        MonetaryAmount carriedSocialFund = carried("carried.social.fund");
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            b.loans(loans.build()).shareOut(shareOut.build());
            return new Read(b.build(), carriedLoanFund, carriedSocialFund);
        } catch (IllegalArgumentException e) {
            String key = keyOf(e);
            problem(lineOf.getOrDefault(key, 0), (key == null ? "" : key + ": ") + "the constitution contradicts itself: "
                    + e.getMessage());
            return null;
        }
    }

    private <T> void optional(String key, Function<String, T> parse, Function<T, ?> set) {
        if (values.containsKey(key)) {
            T v = parse.apply(key);
            apply(key, () -> set.apply(v), v);
        }
    }

    /** Runs a builder call if its values were read, and reports what the builder refuses against the key's line. */
    private void apply(String key, Runnable call, Object... parsed) {
        for (Object p : parsed) {
            if (p == null) {
                return;
            }
        }
        try {
            call.run();
        } catch (IllegalArgumentException | ArithmeticException e) {
            problem(lineOf.getOrDefault(key, 0), key + ": " + e.getMessage());
        }
    }

    /** A balance carried in from the last cycle: zero if not given, never negative. */
    private MonetaryAmount carried(String key) {
        if (!values.containsKey(key)) {
            return Money.zero(currency);
        }
        MonetaryAmount a = amount(key);
        if (a != null && a.isNegative()) {
            problem(lineOf.get(key), key + ": the cash carried in must not be negative, not " + values.get(key));
            return null;
        }
        return a;
    }

    /**
     * The key of the setting a refusal of the constitution names: avec-core names it as data
     * ({@link SettingException#setting()}), never in words to be matched.
     */
    private String keyOf(IllegalArgumentException refused) {
        if (!(refused instanceof SettingException e)) {
            return null;
        }
        String key = switch (e.setting()) {
            case CURRENCY -> "currency";
            case SHARE_VALUE -> "share.value";
            case SHARES_PER_MEETING -> values.containsKey("shares.max") ? "shares.max" : "shares.min";
            case SOCIAL_FUND -> "social.fund";
            case MEETINGS -> "meetings";
            case CASH_UNIT -> "cash.unit";
            case FINE -> e.fine().map(name -> "fine." + name).orElse(null);
            case SOCIAL_FUND_LOANS -> "social.fund.loan.meetings";
            case ABSENCE_FINE -> "absence.fine";
            case LOAN_CAP -> values.containsKey("loan.max.multiple.with.group.loan")
                    && e.getMessage().contains("WithGroupLoan") ? "loan.max.multiple.with.group.loan"
                    : "loan.max.multiple";
            case PLACES -> "places";
            case LOANS_AT_ONCE -> "loan.max.at.once";
            case SERVICE_CHARGE -> values.containsKey("loan.rate") ? "loan.rate" : "loan.period";
            case CHARGE_ROUNDING -> null;
            case LOAN_TERM -> "loan.max.term";
            case CLOSING_MEETINGS -> "loan.closing.meetings";
            case LATE_PENALTY -> "loan.late.penalty";
            case LEAVING_PENALTY -> "leavers.penalty";
        };
        return key != null && values.containsKey(key) ? key : null;
    }

    private MonetaryAmount amount(String key) {
        BigDecimal d = decimal(key);
        if (d == null) {
            return null;
        }
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        if (Csv.tooLarge(d, digits)) {
            problem(lineOf.get(key), key + ": " + Csv.shortly(values.get(key)) + " is too large to count in "
                    + currency.getCurrencyCode() + " (at most " + Csv.LARGEST + ")");
            return null;
        }
        if (d.stripTrailingZeros().scale() > digits) {
            problem(lineOf.get(key), key + ": " + values.get(key) + " has more decimals than " + currency.getCurrencyCode()
                    + " has (" + digits + ")");
            return null;
        }
        return Money.of(d.setScale(Math.max(digits, d.scale()), RoundingMode.UNNECESSARY), currency);
    }

    private BigDecimal decimal(String key) {
        return Csv.decimal(values.get(key), "is not a number (write it like 12.50)",
                words -> problem(lineOf.get(key), key + ": '" + Csv.shortly(values.get(key)) + "' " + words));
    }

    private Integer count(String key) {
        try {
            return Integer.valueOf(values.get(key));
        } catch (NumberFormatException e) {
            problem(lineOf.get(key), key + ": '" + values.get(key) + "' is not a whole number");
            return null;
        }
    }

    private Boolean yesNo(String key) {
        String v = values.get(key).toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("yes")) {
            return Boolean.TRUE;
        }
        if (v.equals("false") || v.equals("no")) {
            return Boolean.FALSE;
        }
        problem(lineOf.get(key), key + ": '" + values.get(key) + "' is not true or false");
        return null;
    }

    private <E extends Enum<E>> E choice(String key, Class<E> type) {
        String v = values.get(key).toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        problem(lineOf.get(key), key + ": '" + values.get(key) + "' is not one of " + String.join(", ", names));
        return null;
    }

    private void problem(int line, String message) {
        problems.add(new Problem(file, line, message));
    }
}
