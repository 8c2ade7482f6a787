package org.avec.tools.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.avec.Constitution;
import org.avec.Cycle;
import org.avec.Event;
import org.avec.LoanPolicy;
import org.avec.Member;
import org.avec.MemberAccount;
import org.avec.RuleViolationException;
import org.avec.ShareOutPolicy;
import org.javamoney.moneta.Money;

/**
 * {@link RecordsExport} then {@link RecordsFile} gives back the same cycle for any valid group: any names (commas,
 * quotes, Arabic, bidi and control characters), currencies with 0, 2 or 3 decimals, and the rule
 * variants that change what is recorded (charges kept back at issue, fines to the social fund, cash handed in with its
 * leftover kept or returned, social-fund loans), members' profiles and loans' purposes.
 */
class RecordsRoundTripProperties {

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMinLength(1).ofMaxLength(20),
                Arbitraries.of("Fatima, \"Fati\" Zahra", "فاطمة الزهراء", "Ali\u202E00.21", "x\u001B[31m", "\u0000",
                        "  spaced  ", "# not a comment", "=SUM(A1)", "\"\"", "Zoé\u200F"))
                // a name is one line (Member refuses a line break): any other character is kept
                .filter(s -> !s.isBlank() && s.chars().noneMatch(c -> (c >= '\n' && c <= '\r') || c == 0x85 || c == 0x2028
                        || c == 0x2029));
    }

    @Property(tries = 60, seed = "20261129")
    void any_valid_group_reads_back_as_the_same_cycle(@ForAll @net.jqwik.api.constraints.Size(max = 12) List<@net.jqwik.api.From("names") String> names,
            @ForAll("currencies") String currency, @ForAll @IntRange(min = 0, max = 31) int variant,
            @ForAll long seed) {
        Cycle cycle = group(names, Monetary.getCurrency(currency), variant, seed);
        if ((variant & 16) != 0) {
            // the group's own money really is in the records: income, expenses, a loan to the group, property
            assertThat(cycle.events().stream().map(Event::kind).distinct()).contains(Event.Kind.INCOME_RECEIVED,
                    Event.Kind.EXPENSE_PAID, Event.Kind.GROUP_LOAN_RECEIVED, Event.Kind.PROPERTY_GIVEN,
                    Event.Kind.PLACE_COUNTED);
        }
        List<Problem> problems = new ArrayList<>();
        // the constitution file written for this group reads back as the group's constitution
        ConstitutionFile.Read rules = ConstitutionFile.read("c.properties",
                constitutionText(Monetary.getCurrency(currency), variant).lines().toList(), problems);
        assertThat(problems).isEmpty();
        assertThat(rules.constitution()).isEqualTo(cycle.constitution());
        String csv = RecordsExport.csv(cycle);
        RecordsFile.Read read = RecordsFile.read("r.csv", csv.lines().toList(), cycle.constitution(), problems);
        assertThat(problems).as(csv).isEmpty();
        Cycle back = Cycle.start(cycle.constitution(), cycle.carriedCapital(), cycle.carriedSocialFund(),
                read.founders());
        for (RecordsFile.Row row : read.rows()) {
            back = back.record(row.event());
        }
        assertThat(back.founders()).isEqualTo(cycle.founders());
        assertThat(back.events()).isEqualTo(cycle.events());
        assertThat(back).isEqualTo(cycle);
    }

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of("MAD", "XOF", "JPY", "TND", "KWD", "EUR", "GHS", "UGX");
    }

    /** The constitution of {@link #group} in the auditor's file format. */
    static String constitutionText(CurrencyUnit currency, int variant) {
        boolean whole = currency.getDefaultFractionDigits() == 0;
        return String.join("\n", "currency = " + currency.getCurrencyCode(), "share.value = " + (whole ? 500 : 10),
                "social.fund = " + (whole ? 100 : 2), "meetings = 16", "frequency = WEEKLY", "fine.late = 1",
                "fines.to = " + ((variant & 1) == 0 ? "LOAN_FUND" : "SOCIAL_FUND"),
                "savings.leftover = " + ((variant & 2) == 0 ? "RETURNED" : "SOCIAL_FUND"),
                "social.fund.loan.meetings = " + ((variant & 4) == 0 ? 0 : 4), "loan.closing.meetings = 2",
                "loan.late.penalty = 0.05", "loan.rate = 0.1", "loan.period = 4",
                "loan.method = " + ((variant & 8) == 0 ? "FLAT" : "DEDUCTED_AT_ISSUE"),
                (variant & 16) == 0 ? "" : "places = bank, mobile wallet",
                (variant & 16) == 0 ? "" : "shareout.group.debt = CARRIED",
                (variant & 16) == 0 ? "" : "loan.max.multiple.with.group.loan = 5", "");
    }

    /** A group run at random by the rules: each action tried, a refused one skipped (refusals change nothing). */
    static Cycle group(List<String> names, CurrencyUnit currency, int variant, long seed) {
        int digits = currency.getDefaultFractionDigits();
        MonetaryAmount share = Money.of(BigDecimal.valueOf(digits == 0 ? 500 : 10), currency);
        Constitution c = Constitution.builder(share)
                .socialFund(Money.of(BigDecimal.valueOf(digits == 0 ? 100 : 2), currency))
                .meetings(Constitution.Frequency.WEEKLY, 16)
                .fine("late", Money.of(BigDecimal.ONE, currency))
                .finesTo((variant & 1) == 0 ? Constitution.FineDestination.LOAN_FUND : Constitution.FineDestination.SOCIAL_FUND)
                .leftover((variant & 2) == 0 ? Constitution.Leftover.RETURNED : Constitution.Leftover.SOCIAL_FUND)
                .socialFundLoans((variant & 4) == 0 ? 0 : 4)
                .loans(LoanPolicy.builder().closingMeetings(2).latePenaltyRate(new BigDecimal("0.05"))
                        .serviceCharge(new BigDecimal("0.1"), 4, (variant & 8) == 0 ? LoanPolicy.ChargingMethod.FLAT
                                : LoanPolicy.ChargingMethod.DEDUCTED_AT_ISSUE)
                        .build())
                .shareOut(ShareOutPolicy.builder().groupDebt((variant & 16) == 0 ? ShareOutPolicy.GroupDebt.REPAID_FIRST
                        : ShareOutPolicy.GroupDebt.CARRIED).build())
                .build();
        if ((variant & 16) != 0) {
            // the money beyond the box (§12): a bank account and a wallet, the 5x cap while the group owes
            c = c.toBuilder().place("bank").place("mobile wallet").loans(c.loans().toBuilder()
                    .maxMultipleOfSavingsWithGroupLoan(BigDecimal.valueOf(5)).build()).build();
        }
        List<Member> founders = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            founders.add(Member.of("m" + i, names.get(i)).with(i % 3 == 0 ? org.avec.Profile.NONE
                    : i % 3 == 1 ? org.avec.Profile.of(org.avec.Profile.Sex.FEMALE, 1950 + i)
                    : org.avec.Profile.NONE.withSex(org.avec.Profile.Sex.MALE)));
        }
        if (founders.isEmpty()) {
            founders.add(Member.of("m0", "Amina"));
        }
        SplittableRandom random = new SplittableRandom(seed);
        Cycle cycle = Cycle.start(c, Money.zero(currency), Money.zero(currency), founders);
        LocalDate day = LocalDate.of(2026, 1, 5);
        for (int m = 1; m <= 16; m++) {
            cycle = cycle.openMeeting(day.plusWeeks(m - 1));
            if (m == 3) {
                cycle = tried(cycle, x -> x.join("new", names.isEmpty() ? "Nadia" : names.get(0) + " 2",
                        org.avec.Profile.NONE.withBirthYear(2001)));
            }
            for (MemberAccount a : cycle.members()) {
                String id = a.id().value();
                int roll = random.nextInt(12);
                MonetaryAmount some = share.multiply(1 + random.nextInt(4));
                cycle = tried(cycle, x -> x.attend(id, roll == 0 ? Event.Presence.LATE : Event.Presence.PRESENT));
                cycle = switch (roll) {
                    case 0 -> tried(tried(cycle, x -> x.fine(id, "late")), x -> x.payFine(id, Money.of(BigDecimal.ONE, currency)));
                    case 1 -> tried(cycle, x -> x.handIn(id, some.add(Money.of(BigDecimal.ONE, currency))));
                    case 2 -> tried(cycle, x -> x.lend(id, some, 1 + random.nextInt(2), PURPOSES.get(random.nextInt(PURPOSES.size()))));
                    case 3 -> tried(cycle, x -> x.repayAll(id));
                    case 4 -> tried(cycle, x -> x.lendFromSocialFund(id, Money.of(BigDecimal.ONE, currency)));
                    case 5 -> tried(cycle, x -> x.repaySocialFund(id, Money.of(BigDecimal.ONE, currency)));
                    case 6 -> tried(cycle, x -> x.reschedule(id, 1, names.isEmpty() ? "chair" : names.get(names.size() - 1)));
                    case 7 -> tried(cycle, x -> x.grant(id, Money.of(BigDecimal.ONE, currency), a.name()));
                    default -> tried(tried(cycle, x -> x.buyShares(id, 1 + random.nextInt(3))), x -> x.paySocialFund(id));
                };
            }
            if (m == 8) {
                cycle = tried(cycle, x -> x.writeOff(x.members().get(0).id().value(), "the group", "moved away"));
            }
            if (m == 10 && cycle.members().size() > 1) {
                cycle = tried(cycle, x -> x.leave(x.members().get(x.members().size() - 1).id().value()));
            }
            if ((variant & 16) != 0) {
                cycle = beyondTheBox(cycle, m, names, random);
            }
            Cycle now = cycle;
            cycle = tried(cycle, x -> x.countCash(now.balance().cash().get("box"), now.socialFund()));
        }
        return cycle;
    }

    /** A meeting's money beyond the box: cash moved, income and expenses, a loan to the group, property. */
    static Cycle beyondTheBox(Cycle cycle, int m, List<String> names, SplittableRandom random) {
        String text = names.isEmpty() ? "stationery" : names.get(random.nextInt(names.size()));
        CurrencyUnit cur = cycle.constitution().currency();
        MonetaryAmount some = cycle.constitution().shareValue().multiply(1 + random.nextInt(5));
        String[] places = {"box", "bank", "mobile wallet"};
        String at = places[random.nextInt(3)];
        String to = places[random.nextInt(3)];
        Cycle c = cycle;
        if (m == 2) {
            c = tried(c, x -> x.receiveGroupLoan(text, at, some.multiply(10)));
            c = tried(c, x -> x.receiveProperty(text, some, "INDH"));
        }
        if (!at.equals(to)) {
            c = tried(c, x -> x.moveCash(at, to, some));
        }
        c = tried(c, x -> x.receiveIncome(at, some.divide(5).with(org.javamoney.moneta.function.MonetaryOperators
                .rounding(Math.max(0, cur.getDefaultFractionDigits()))), "bank interest", text));
        c = tried(c, x -> x.payExpense(to, cycle.constitution().shareValue(), text, "assembly"));
        c = tried(c, x -> x.countCashAt("bank", x.balance().cash().get("bank")));
        if (m == 6) {
            c = tried(c, x -> x.buyProperty("mill " + text, at, some, "assembly"));
        }
        if (m == 9) {
            c = tried(c, x -> x.sellProperty(text, to, some.multiply(2), "assembly"));
        }
        if (m == 12) {
            for (var lender : c.balance().owedToLenders().entrySet()) {
                c = tried(c, x -> x.repayGroupLoan(lender.getKey(), at, lender.getValue().divide(2).with(
                        org.javamoney.moneta.function.MonetaryOperators.rounding(Math.max(0,
                                cur.getDefaultFractionDigits()))).add(some), some));
            }
        }
        return c;
    }

    static final List<org.avec.LoanPurpose> PURPOSES = List.of(org.avec.LoanPurpose.NOT_GIVEN,
            org.avec.LoanPurpose.incomeGenerating("livestock"), org.avec.LoanPurpose.incomeGenerating("petit commerce"),
            org.avec.LoanPurpose.EDUCATION, org.avec.LoanPurpose.HEALTH, org.avec.LoanPurpose.CONSUMPTION,
            org.avec.LoanPurpose.OTHER);

    private static Cycle tried(Cycle cycle, java.util.function.UnaryOperator<Cycle> action) {
        try {
            return action.apply(cycle);
        } catch (RuleViolationException refused) {
            return cycle;
        }
    }
}
