package org.avec.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.avec.Constitution;
import org.avec.Cycle;
import org.avec.Event;
import org.avec.LoanPolicy;
import org.avec.LoanPurpose;
import org.avec.Member;
import org.avec.Profile;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The indicators, each with numbers worked by hand; the rules reference's §9 and §10 examples as they are given. */
class IndicatorsTest {

    static final CurrencyUnit MAD = Monetary.getCurrency("MAD");

    static MonetaryAmount mad(String s) {
        return Money.of(new BigDecimal(s), MAD);
    }

    static String pct(Ratio r) {
        return r.percent().toPlainString();
    }

    /** §9 Indicators (group level), the worked example. */
    @Nested
    class Section9GroupIndicators {

        // 25 members at start, 23 now (20 women), 21 present; savings 23,000; cash 4,500; loans outstanding 21,500
        // (2,150 overdue >30 days); social fund 1,200; day 182 of the cycle; 1 of 40 loans written off (300 of 48,000)
        final Indicators group = Indicators.builder(MAD).membership(25, 0, 2).profiles(20, 3, 0)
                .attendance(21, 23, 21, 23)
                .money(mad("23000"), mad("4500"), mad("21500"), mad("1200"), mad("0"))
                .loans(40, mad("48000"), 30, 1, mad("300"), mad("2150"), mad("21500")).day(182).build();

        @Test
        void assets_equity_and_profit() {
            assertThat(group.assets()).isEqualTo(mad("27200"));
            assertThat(group.equity()).isEqualTo(mad("26000"));
            assertThat(group.profit()).isEqualTo(mad("3000"));
        }

        @Test
        void returns_plain_and_annualised() {
            assertThat(pct(group.returnOnSavings())).isEqualTo("13.04");
            assertThat(pct(group.returnOnSavingsAnnualised())).isEqualTo("26.16");
            assertThat(pct(group.returnOnAssets())).isEqualTo("11.03");
            assertThat(pct(group.returnOnAssetsAnnualised())).isEqualTo("22.12");
            assertThat(group.returnOnSavings().value()).isEqualByComparingTo("0.130435");
        }

        @Test
        void the_fund_at_work_and_at_risk() {
            assertThat(pct(group.loanFundUtilisation())).isEqualTo("82.69");
            assertThat(pct(group.portfolioAtRisk())).isEqualTo("10.00");
            // the other denominator: the original principal of the loans outstanding (here given equal)
            assertThat(pct(group.portfolioAtRiskOfOriginalPrincipal())).isEqualTo("10.00");
            // 48,000 lent on 23,000 of savings: 2.086957 times
            assertThat(group.capitalTurnover().value()).isEqualByComparingTo("2.086957");
        }

        @Test
        void members() {
            assertThat(pct(group.attendance())).isEqualTo("91.30");
            assertThat(pct(group.dropOut())).isEqualTo("8.00");
            assertThat(group.averageSavings()).isEqualTo(mad("1000"));
            assertThat(pct(group.womenShare())).isEqualTo("86.96");
            assertThat(pct(group.socialFundShareOfAssets())).isEqualTo("4.41");
        }

        @Test
        void write_offs_by_count_and_by_value() {
            assertThat(pct(group.writtenOffByCount())).isEqualTo("2.50");
            assertThat(group.writtenOffByValue().value(5)).isEqualByComparingTo("0.00625");
            assertThat(group.averageLoan()).isEqualTo(mad("1200"));
        }
    }

    /** §10 Programme roll-up (CARE Maroc), the worked example. */
    @Nested
    class Section10ProgrammeRollUp {

        @Test
        void members_per_group_and_income_generating_activities_per_member_are_ratios_of_sums() {
            // 57 groups of different sizes: 46 of 23 and 11 of 22 women = 1,058 + 242 = 1,300; 450 AGR among them
            List<ProgrammeReport.Group> groups = new ArrayList<>();
            for (int g = 0; g < 57; g++) {
                long women = g < 46 ? 23 : 22;
                long agr = g < 50 ? 8 : (g < 56 ? 8 : 2); // 50 x 8 + 6 x 8 + 1 x 2 = 450
                groups.add(new ProgrammeReport.Group("AVEC " + g, "AVEC phase 1", g % 2 == 0 ? "Oriental" : "Béni Mellal-Khénifra",
                        "P" + g % 3, Indicators.builder(MAD).membership(women, 0, 0).profiles(women, 0, 0)
                                .incomeGenerating(g % 2 == 0 ? "livestock" : "Sewing ", agr, mad("1000").multiply(agr))
                                .build().withCooperatives(g < 21 ? 1 : 0)));
            }
            Indicators total = ProgrammeReport.of(MAD, groups).total();
            assertThat(total.groups()).isEqualTo(57);
            assertThat(total.members()).isEqualTo(1300);
            assertThat(total.women()).isEqualTo(1300);
            assertThat(total.incomeGeneratingLoans()).isEqualTo(450);
            assertThat(total.cooperatives()).isEqualTo(21);
            assertThat(total.membersPerGroup().value(2)).isEqualByComparingTo("22.81");
            assertThat(pct(total.incomeGeneratingLoansPerMember())).isEqualTo("34.62");
            assertThat(total.bySector()).containsOnlyKeys("livestock", "sewing");
            assertThat(total.bySector().get("livestock").loans() + total.bySector().get("sewing").loans()).isEqualTo(450);
            assertThat(total.bySector().get("sewing").principal()).isEqualTo(mad("1000").multiply(
                    total.bySector().get("sewing").loans()));
        }

        @Test
        void co_financing_70_30_of_the_ifrah_cooperative_project() {
            CoFinancing plan = CoFinancing.of(mad("297800"), new BigDecimal("70"));
            assertThat(plan.coFinancier()).isEqualTo(mad("208460"));
            assertThat(plan.contribution()).isEqualTo(mad("89340"));
            assertThat(plan.stillToFind()).isEqualTo(mad("89340"));
            CoFinancing covered = plan.coveredBy(mad("50000"), mad("30000"));
            assertThat(covered.stillToFind()).isEqualTo(mad("9340"));
            assertThat(covered.fromShareOut()).isEqualTo(mad("50000"));
            assertThat(covered.fromLoan()).isEqualTo(mad("30000"));
        }
    }

    @Nested
    class CoFinancingSplits {

        @Test
        void the_minor_unit_left_goes_to_the_largest_remainder() {
            // 100.01 x 70% = 70.007 and 30.003: each rounded down (70.00, 30.00), the centime left to the larger fraction
            CoFinancing p = CoFinancing.of(mad("100.01"), new BigDecimal("70"));
            assertThat(p.coFinancier()).isEqualTo(mad("70.01"));
            assertThat(p.contribution()).isEqualTo(mad("30.00"));
            // 66.67% of 10.00 = 6.667 and 3.333: 6.67 + 3.33
            CoFinancing q = CoFinancing.of(mad("10"), new BigDecimal("66.67"));
            assertThat(q.coFinancier()).isEqualTo(mad("6.67"));
            assertThat(q.contribution()).isEqualTo(mad("3.33"));
            assertThat(CoFinancing.of(mad("10"), BigDecimal.ZERO).contribution()).isEqualTo(mad("10"));
            assertThat(CoFinancing.of(mad("10"), new BigDecimal("100")).contribution()).isEqualTo(mad("0"));
        }

        @Test
        void bad_shares_and_too_much_cover_are_refused() {
            for (String bad : new String[] {"-1", "100.01", "70.001"}) {
                assertThatExceptionOfType(IllegalArgumentException.class)
                        .isThrownBy(() -> CoFinancing.of(mad("100"), new BigDecimal(bad)))
                        .withMessageContaining("from 0 to 100 percent").withMessageContaining(bad);
            }
            CoFinancing p = CoFinancing.of(mad("100"), new BigDecimal("70"));
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> p.coveredBy(mad("20"), mad("10.01")))
                    .withMessageContaining("contribution is MAD 30");
            assertThat(p.coveredBy(mad("20"), mad("10")).stillToFind()).isEqualTo(mad("0"));
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new CoFinancing(mad("100"),
                    new BigDecimal("70"), mad("70"), mad("31"), mad("0"), mad("0"), mad("31")))
                    .withMessageContaining("add up");
        }
    }

    /** A small group run by hand through the cycle API: every data item read from the cycle, worked by hand. */
    @Nested
    class FromACycle {

        final LocalDate d = LocalDate.of(2026, 1, 5);

        Cycle cycle() {
            Constitution c = Constitution.builder(mad("10")).socialFund(mad("5"))
                    .meetings(Constitution.Frequency.WEEKLY, 12)
                    .loans(LoanPolicy.builder().serviceCharge(new BigDecimal("0.10"), 4, LoanPolicy.ChargingMethod.FLAT)
                            .build())
                    .build();
            List<Member> founders = List.of(
                    Member.of("a", "Aicha").with(Profile.of(Profile.Sex.FEMALE, 1995)),
                    Member.of("b", "Badia").with(Profile.of(Profile.Sex.FEMALE, 1980)),
                    Member.of("c", "Chaimae").with(Profile.NONE.withSex(Profile.Sex.FEMALE)),
                    Member.of("d", "Driss").with(Profile.of(Profile.Sex.MALE, 2000)));
            Cycle x = Cycle.start(c, mad("0"), mad("0"), founders).openMeeting(d);
            for (String m : List.of("a", "b", "c", "d")) {
                x = x.attend(m, Event.Presence.PRESENT).buyShares(m, 5).paySocialFund(m);
            }
            // meeting 1: 200 saved, 20 social fund; a borrows 100 for sheep (term 1 period = 4 meetings, due meeting 5)
            x = x.lend("a", mad("100"), 1, LoanPurpose.incomeGenerating("Livestock")).lend("b", mad("50"), 1,
                    LoanPurpose.HEALTH);
            x = x.openMeeting(d.plusWeeks(1)).attend("a", Event.Presence.LATE).attend("b", Event.Presence.ABSENT)
                    .attend("c", Event.Presence.PRESENT).attend("d", Event.Presence.PRESENT).join("e", "Fatna",
                            Profile.of(Profile.Sex.FEMALE, 1999))
                    .buyShares("e", 2);
            // meeting 2: e joins and saves 20; d leaves (her 50 of savings paid back)
            x = x.leave("d");
            for (int m = 3; m <= 10; m++) {
                x = x.openMeeting(d.plusWeeks(m - 1));
            }
            // meeting 5: a's loan due with 10 charge; b's 50 + 5 charge; b pays hers at meeting 5... b repays at 3
            return x;
        }

        @Test
        void every_data_item_and_indicator_worked_by_hand() {
            Cycle x = cycle();
            // b repays everything at meeting 10: 50 + 5 (charge at issue's period) + penalties? the loan was due at
            // meeting 5 and is 5 meetings (35 days) late: read what she owes from the cycle and pay it
            x = x.repayAll("b");
            Indicators i = Indicators.of(x);
            // members: 4 at start, 1 joined (e), 1 left (d): 4 now, all women; young in 2026 (age <= 35): a (31),
            // e (27); b is 46, c has no year of birth
            assertThat(i.membersAtStart()).isEqualTo(4);
            assertThat(i.joined()).isEqualTo(1);
            assertThat(i.left()).isEqualTo(1);
            assertThat(i.members()).isEqualTo(4);
            assertThat(i.women()).isEqualTo(4);
            assertThat(i.men()).isZero();
            assertThat(i.youth()).isEqualTo(2);
            assertThat(pct(i.dropOut())).isEqualTo("25.00"); // 1 of the 4 at the start (section 9)
            assertThat(pct(i.dropOutOfEveryone())).isEqualTo("20.00"); // 1 of the 5 who were members
            // savings of those still members: a, b, c 50 each + e 20 = 170
            assertThat(i.savings()).isEqualTo(mad("170"));
            assertThat(i.averageSavings()).isEqualTo(mad("42.50"));
            // loans: 2 issued (150), a's 100 still out, due at meeting 5, 35 days late at meeting 10 (> 30): at risk
            assertThat(i.loans()).isEqualTo(2);
            assertThat(i.loansDisbursed()).isEqualTo(mad("150"));
            assertThat(i.borrowers()).isEqualTo(2);
            assertThat(i.loansOutstanding()).isEqualTo(mad("100"));
            assertThat(i.atRisk()).isEqualTo(mad("100"));
            assertThat(pct(i.portfolioAtRisk())).isEqualTo("100.00");
            assertThat(i.incomeGeneratingLoans()).isEqualTo(1);
            assertThat(i.bySector()).containsOnlyKeys("livestock");
            assertThat(i.bySector().get("livestock")).isEqualTo(new Indicators.Sector(1, mad("100.00")));
            // the boxes, read from the cycle, and the identities between them
            assertThat(i.loanFundCash()).isEqualTo(x.loanFund());
            assertThat(i.socialFund()).isEqualTo(mad("20"));
            assertThat(i.equity()).isEqualTo(x.loanFund().add(mad("100")));
            assertThat(i.profit()).isEqualTo(i.equity().subtract(mad("170")));
            // b paid her 5 service charge plus late penalties: the profit is what she paid above her 50
            assertThat(i.profit()).isEqualTo(x.loanIncome());
            // attendance at meetings 7-10: never taken, so not recorded (it was 0 of 4, 0 of 16: read as 0%)
            assertThat(i.attendance().isDefined()).isFalse();
            assertThat(i.attendanceRecent()).isEqualTo(Ratio.of(0, 0));
        }

        @Test
        void attendance_at_the_second_meeting_counts_who_was_a_member_then() {
            Cycle x = cycle();
            Indicators at2 = Indicators.at(x, 2, Indicators.Settings.DEFAULTS);
            // meeting 2: a late (present), b absent, c and d present; e joined at 2 and was not marked: 3 of 5
            assertThat(at2.attendance()).isEqualTo(Ratio.of(3, 5));
            // meetings 1 and 2: a, b, c, d at 1 (4 of 4), 3 of 5 at 2: 7 of 9
            assertThat(at2.attendanceRecent()).isEqualTo(Ratio.of(7, 9));
            Indicators at1 = Indicators.at(x, 1, new Indicators.Settings(30, 35, 1));
            assertThat(at1.attendance()).isEqualTo(Ratio.of(4, 4));
            assertThat(at1.attendanceRecent()).isEqualTo(Ratio.of(4, 4));
            // at meeting 1 no day has passed: the annualised returns are undefined
            assertThat(at1.returnOnSavingsAnnualised().isDefined()).isFalse();
            assertThat(at1.loansOutstanding()).isEqualTo(mad("150"));
            assertThat(pct(at1.loanFundUtilisation())).isEqualTo("75.00"); // 150 of 200
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> Indicators.at(x, 11, Indicators.Settings.DEFAULTS))
                    .withMessage("Meeting 11 has not been held: the cycle is at meeting 10");
        }

        @Test
        void at_risk_depends_on_the_days_setting_and_on_the_denominator() {
            Cycle x = cycle().repayAll("b");
            MonetaryAmount owed = x.member("a").owedOnLoans();
            // a pays all she owes but 50: charges and penalties first, then principal: 50 of her 100 is still out,
            // due at meeting 5 and 35 days late at meeting 10
            x = x.repay("a", owed.subtract(mad("50")));
            assertThat(x.member("a").principalOutstanding()).isEqualTo(mad("50"));
            Indicators strict = Indicators.of(x, new Indicators.Settings(35, 35, 4));
            Indicators usual = Indicators.of(x);
            assertThat(strict.atRisk()).isEqualTo(mad("0")); // 35 days is not more than 35
            assertThat(usual.atRisk()).isEqualTo(mad("50"));
            assertThat(pct(usual.portfolioAtRisk())).isEqualTo("100.00"); // 50 late of 50 outstanding
            assertThat(pct(usual.portfolioAtRiskOfOriginalPrincipal())).isEqualTo("50.00"); // 50 of the original 100
        }

        @Test
        void a_man_a_write_off_a_loss_and_a_year() {
            Constitution c = Constitution.builder(mad("10")).socialFund(mad("5"))
                    .meetings(Constitution.Frequency.WEEKLY, 12)
                    .loans(LoanPolicy.builder().serviceCharge(new BigDecimal("0.10"), 4, LoanPolicy.ChargingMethod.FLAT)
                            .build())
                    .build();
            Cycle x = Cycle.start(c, mad("0"), mad("0"), List.of(
                    Member.of("a", "Aicha").with(Profile.of(Profile.Sex.FEMALE, 1995)),
                    Member.of("d", "Driss").with(Profile.of(Profile.Sex.MALE, 2000)))).openMeeting(d)
                    .buyShares("a", 5).paySocialFund("a").buyShares("d", 5).paySocialFund("d")
                    .lend("a", mad("50"), 1, LoanPurpose.incomeGenerating("sewing")).lend("d", mad("40"), 1);
            for (int m = 2; m <= 6; m++) {
                x = x.openMeeting(d.plusWeeks(m - 1));
                if (m == 5) {
                    x = x.repayAll("d"); // 40 + 4 charge, on its due meeting
                }
            }
            x = x.writeOff("a", "the group", "moved away");
            // cash: 100 saved - 90 lent + 44 repaid = 54; nothing out; social fund 10; profit 54 - 100 = -46
            assertThat(x.loanFund()).isEqualTo(mad("54"));
            Indicators i = Indicators.of(x);
            assertThat(i.women()).isEqualTo(1);
            assertThat(i.men()).isEqualTo(1);
            assertThat(i.youth()).isEqualTo(2); // 31 and 26 in 2026
            assertThat(i.loans()).isEqualTo(2);
            assertThat(i.loansWrittenOff()).isEqualTo(1);
            assertThat(i.writtenOff()).isEqualTo(mad("50"));
            assertThat(pct(i.writtenOffByCount())).isEqualTo("50.00");
            assertThat(pct(i.writtenOffByValue())).isEqualTo("55.56"); // 50 of 90
            assertThat(i.averageLoan()).isEqualTo(mad("45"));
            assertThat(i.atRisk()).isEqualTo(mad("0"));
            assertThat(i.portfolioAtRiskOfOriginalPrincipal().isDefined()).isFalse(); // no loan outstanding
            assertThat(i.profit()).isEqualTo(mad("-46"));
            assertThat(pct(i.returnOnSavings())).isEqualTo("-46.00");
            // day 35 (meeting 6): -46 x 365 / (100 x 35) = -4.797143; assets 64: -46 / 64 = -0.71875 (half-even -71.88)
            assertThat(pct(i.returnOnSavingsAnnualised())).isEqualTo("-479.71");
            assertThat(pct(i.returnOnAssets())).isEqualTo("-71.88");
            assertThat(pct(i.returnOnAssetsAnnualised())).isEqualTo("-749.55"); // -16790 / 2240
            assertThat(pct(i.womenShare())).isEqualTo("50.00");
            assertThat(pct(i.youthShare())).isEqualTo("100.00");
            assertThat(i.incomeGeneratingLoans()).isEqualTo(1);
            assertThat(i.currency()).isEqualTo(MAD);
            assertThat(Indicators.at(x, x.meeting(), Indicators.Settings.DEFAULTS)).isEqualTo(i);
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> Indicators.at(cycle(), -1, Indicators.Settings.DEFAULTS));
            // at meeting 0, before the first meeting: the founders, nothing saved yet
            Indicators before = Indicators.at(x, 0, Indicators.Settings.DEFAULTS);
            assertThat(before.members()).isEqualTo(x.founders().size());
            assertThat(before.savings()).isEqualTo(mad("0"));
            // a man is not counted young at 36
            Indicators later = Indicators.of(x, new Indicators.Settings(30, 25, 4));
            assertThat(later.youth()).isZero();
        }

        @Test
        void equal_only_when_every_item_is_equal() {
            Indicators a = Indicators.builder(MAD).membership(3, 1, 1).build();
            assertThat(a).isEqualTo(Indicators.builder(MAD).membership(3, 1, 1).build()).isNotEqualTo("a");
            assertThat(a.members()).isEqualTo(3);
            assertThat(Indicators.builder(MAD).membership(2, 0, 2).build().members()).isZero();
            assertThat(a).isNotEqualTo(Indicators.builder(MAD).membership(3, 1, 0).build());
            assertThat(a).isNotEqualTo(Indicators.builder(Monetary.getCurrency("XOF")).membership(3, 1, 1).build());
            assertThat(a).isNotEqualTo(Indicators.builder(MAD).membership(3, 1, 1).day(2).money(mad("1"), mad("0"),
                    mad("0"), mad("0"), mad("0")).build());
            Indicators s1 = Indicators.builder(MAD).incomeGenerating("sewing", 1, mad("10")).build();
            assertThat(s1).isNotEqualTo(Indicators.builder(MAD).incomeGenerating("sewing", 1, mad("11")).build())
                    .isNotEqualTo(Indicators.builder(MAD).incomeGenerating("trade", 1, mad("10")).build())
                    .isEqualTo(Indicators.builder(MAD).incomeGenerating("sewing", 1, mad("10")).build());
            assertThat(s1.plus(s1).bySector().get("sewing")).isEqualTo(new Indicators.Sector(2, mad("20")));
            ProgrammeReport r = ProgrammeReport.of(new ProgrammeReport.Group("g", "A", "Oriental", "Jerada", a));
            assertThat(r.byRegion()).containsOnlyKeys("Oriental");
            assertThat(r.byProvince()).containsOnlyKeys("Oriental / Jerada");
            assertThat(r).isEqualTo(ProgrammeReport.of(new ProgrammeReport.Group("h", "A", "Oriental", "Jerada", a)))
                    .isNotEqualTo(ProgrammeReport.of(new ProgrammeReport.Group("g", "A", "Fès-Meknès", "Jerada", a)))
                    .isNotEqualTo(ProgrammeReport.of(new ProgrammeReport.Group("g", "A", "Oriental", "Sefrou", a)))
                    .isNotEqualTo(ProgrammeReport.of(new ProgrammeReport.Group("g", "A", "Oriental", "Jerada", s1)))
                    .isNotEqualTo("r");
            assertThat(r).isNotEqualTo(ProgrammeReport.of(new ProgrammeReport.Group("g", "B", "Oriental", "Jerada", a)));
            assertThat(r.byProgramme()).containsOnlyKeys("A");
            ProgrammeReport two = r.plus(ProgrammeReport.of(new ProgrammeReport.Group("h", "A", "Oriental", "Azilal", a)));
            assertThat(two.byRegion().get("Oriental").groups()).isEqualTo(2);
            assertThat(two.byProvince()).containsOnlyKeys("Oriental / Azilal", "Oriental / Jerada");
            ProgrammeReport three = two.plus(ProgrammeReport.of(new ProgrammeReport.Group("k", "B", "Oriental", "Azilal", s1)));
            assertThat(three.byProgramme()).containsOnlyKeys("A", "B");
            assertThat(three.byProgramme().get("A")).isEqualTo(a.plus(a));
            assertThat(three.byProgramme().get("B")).isEqualTo(s1);
        }

        @Test
        void savings_growth_from_one_cycle_to_the_next() {
            Indicators before = Indicators.builder(MAD).money(mad("800"), mad("0"), mad("0"), mad("0"), mad("0")).build();
            Indicators after = Indicators.builder(MAD).money(mad("1000"), mad("0"), mad("0"), mad("0"), mad("0")).build();
            assertThat(pct(after.savingsGrowthSince(before))).isEqualTo("25.00");
            assertThat(pct(before.savingsGrowthSince(after))).isEqualTo("-20.00");
            assertThat(after.savingsGrowthSince(Indicators.none(MAD)).isDefined()).isFalse();
        }
    }

    @Nested
    class Ratios {

        @Test
        void exact_then_rounded_once() {
            assertThat(Ratio.of(1, 3).value()).isEqualByComparingTo("0.333333");
            assertThat(Ratio.of(2, 3).percent()).isEqualByComparingTo("66.67");
            assertThat(Ratio.of(1, 8).value(2)).isEqualByComparingTo("0.12"); // half-even
            assertThat(Ratio.of(3, 8).value(2)).isEqualByComparingTo("0.38");
            assertThat(Ratio.of(3, 4)).isEqualTo(Ratio.of(6, 8)).hasSameHashCodeAs(Ratio.of(6, 8));
            assertThat(Ratio.of(3, 4)).isNotEqualTo(Ratio.of(3, 5)).isNotEqualTo(Ratio.of(3, 0));
            assertThat(Ratio.of(0, 0)).isEqualTo(Ratio.of(5, 0));
            assertThat(Ratio.of(5, 0).value()).isEqualByComparingTo("0");
            assertThat(Ratio.of(5, 0).percent()).isEqualByComparingTo("0");
            assertThat(Ratio.of(3000, 23000)).hasToString("13.04% (3000/23000)");
            assertThat(Ratio.of(1, 0)).hasToString("undefined (1/0)");
            assertThat(Ratio.of(-1, 4).percent()).isEqualByComparingTo("-25.00");
        }

        @Test
        void bounds() {
            assertThat(Ratio.of(3, 4).isWithin(0, 1)).isTrue();
            assertThat(Ratio.of(4, 4).isWithin(0, 1)).isTrue();
            assertThat(Ratio.of(5, 4).isWithin(0, 1)).isFalse();
            assertThat(Ratio.of(-1, 4).isWithin(0, 1)).isFalse();
            assertThat(Ratio.of(0, 4).isWithin(0, 1)).isTrue();
            assertThat(Ratio.of(7, 0).isWithin(0, 1)).isTrue();
            assertThat(Ratio.of(7, 0).isWithin(1, 2)).isFalse();
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Ratio.of(1, -2))
                    .withMessageContaining("not negative");
            assertThat(Ratio.of(7, 0).isWithin(0, 0)).isTrue();
            assertThat(Ratio.of(7, 0).isWithin(-1, -1)).isFalse();
            assertThat(Ratio.of(0, 4).isWithin(0, 0)).isTrue();
            assertThat(Ratio.of(7, 3).numerator()).isEqualTo(java.math.BigInteger.valueOf(7));
            assertThat(Ratio.of(7, 3).denominator()).isEqualTo(java.math.BigInteger.valueOf(3));
        }
    }

    @Nested
    class Refusals {

        @Test
        void data_items_given_by_hand_must_agree_so_that_every_ratio_stays_within_its_bounds() {
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> Indicators.builder(MAD).attendance(24, 23, 0, 0))
                    .withMessage("More members present or represented at the last meeting (24) than members in the group then (23)");
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> Indicators.builder(MAD).attendance(0, 0, 93, 92))
                    .withMessage("More members present or represented at the last meetings (93) than members in the group then (92)");
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> Indicators.builder(MAD).membership(23, 0, 0).profiles(20, 4, 0).build())
                    .withMessage("More women and men (24) than members (23)");
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> Indicators.builder(MAD).membership(23, 0, 0).profiles(0, 0, 24).build())
                    .withMessage("More young members (24) than members (23)");
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> Indicators.builder(MAD).membership(23, 0, 0)
                            .profiles(Long.MAX_VALUE, Long.MAX_VALUE, 0).build())
                    .withMessageStartingWith("More women and men (9223372036854775807) than members (23)");
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> Indicators.builder(MAD).loans(40, mad("48000"), 41, 0, mad("0"), mad("0"), mad("0")))
                    .withMessage("More borrowers (41) than loans (40)");
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> Indicators.builder(MAD).loans(40, mad("48000"), 30, 41, mad("0"), mad("0"), mad("0")))
                    .withMessage("More loans written off (41) than loans (40)");
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> Indicators.builder(MAD).loans(40, mad("300"), 30, 1, mad("300.01"), mad("0"),
                            mad("0")))
                    .withMessage("More principal written off (MAD 300.01) than loans disbursed (MAD 300.00)");
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> Indicators.builder(MAD).loans(40, mad("48000"), 30, 1, mad("300"), mad("2150"),
                            mad("2000")))
                    .withMessage("More principal at risk (MAD 2150.00) than original principal of the loans outstanding "
                            + "(MAD 2000.00)");
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> Indicators.builder(MAD).loans(40, mad("48000"), 30, 1, mad("300"), mad("0"),
                            mad("48000.01")))
                    .withMessageStartingWith("More original principal of the loans outstanding (MAD 48000.01)");
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> Indicators.builder(MAD).money(mad("0"), mad("0"), mad("2000"), mad("0"), mad("0"))
                            .loans(1, mad("2150"), 1, 0, mad("0"), mad("2150"), mad("2150")).build())
                    .withMessage("More principal at risk (MAD 2150.00) than loans outstanding (MAD 2000.00)");
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> Indicators.builder(MAD).money(mad("0"), mad("0"), mad("2150"), mad("0"), mad("0"))
                            .loans(1, mad("2150"), 1, 0, mad("0"), mad("0"), mad("2000")).build())
                    .withMessage("More loans outstanding (MAD 2150.00) than original principal of the loans outstanding "
                            + "(MAD 2000.00)");
            // parts within their wholes stay so in any sum: the portfolio at risk of two groups is at most 100%
            Indicators one = Indicators.builder(MAD).money(mad("0"), mad("0"), mad("2150"), mad("0"), mad("0"))
                    .loans(1, mad("2150"), 1, 0, mad("0"), mad("2150"), mad("2150")).build();
            assertThat(one.plus(one).portfolioAtRiskOfOriginalPrincipal().percent()).isEqualByComparingTo("100");
        }

        @Test
        void a_group_of_no_members_is_counted() {
            Indicators empty = Indicators.builder(MAD).membership(0, 0, 0).build();
            assertThat(empty.members()).isZero();
            assertThat(empty.groups()).isEqualTo(1);
            assertThat(empty.dropOut().isDefined()).isFalse();
        }

        @Test
        void a_refused_call_leaves_the_builder_as_it_was() {
            IndicatorsBuilder b = Indicators.builder(MAD).money(mad("1"), mad("2"), mad("0"), mad("4"), mad("5"))
                    .profiles(0, 0, 0).incomeGenerating("sewing", 1, mad("10"));
            Indicators before = b.build();
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> b.money(mad("9"), mad("9"), mad("9"), mad("9"), mad("-1")));
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> b.profiles(1, 1, -1));
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> b.incomeGenerating("sewing", 1, mad("-1")));
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> b.loans(2, mad("10"), 3, 0, mad("0"), mad("0"), mad("0")));
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> b.incomeGenerating("sewing", Long.MAX_VALUE, mad("1")))
                    .withMessage("Too large to add up in a long: loans in sector sewing (1 + 9223372036854775807)");
            assertThat(b.build()).isEqualTo(before);
        }

        @Test
        void sums_too_large_to_count_are_refused_with_what_they_are() {
            MonetaryAmount huge = Money.ofMinor(MAD, Long.MAX_VALUE / 2 + 1);
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> Indicators.builder(MAD).money(mad("0"), huge, mad("0"), huge, mad("0")).build())
                    .withMessageStartingWith("Too large to count in minor units of MAD: the members ever in the groups, "
                            + "their assets or their profit");
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> Indicators.builder(MAD).membership(Long.MAX_VALUE, 1, 0))
                    .withMessage("Too many members to count: 9223372036854775807 + 1");
            Indicators half = Indicators.builder(MAD).money(huge, mad("0"), mad("0"), mad("0"), mad("0")).build();
            assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> half.plus(half))
                    .withMessage("Too large to add up in a long: savings (4611686018427387904 + 4611686018427387904)");
            Indicators members = Indicators.builder(MAD).membership(Long.MAX_VALUE - 1, 0, Long.MAX_VALUE - 1).build();
            assertThatExceptionOfType(ArithmeticException.class)
                    .isThrownBy(() -> members.plus(Indicators.builder(MAD).membership(0, 2, 0).build()))
                    .withMessageStartingWith("Too large to count in minor units of MAD");
        }

        @Test
        void adding_two_currencies_or_negative_counts() {
            Indicators mad = Indicators.none(MAD);
            Indicators xof = Indicators.none(Monetary.getCurrency("XOF"));
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> mad.plus(xof))
                    .withMessage("Groups are added up in one currency: MAD and XOF");
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> mad.savingsGrowthSince(xof))
                    .withMessageContaining("MAD and XOF");
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> Indicators.builder(MAD).membership(2, 0, 3)).withMessageContaining("More members left");
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> Indicators.builder(MAD).profiles(-1, 0, 0)).withMessageContaining("not negative");
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Indicators.builder(MAD)
                    .money(mad("-1"), mad("0"), mad("0"), mad("0"), mad("0"))).withMessageContaining("not negative");
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Indicators.builder(MAD)
                    .money(Money.of(1, "EUR"), mad("0"), mad("0"), mad("0"), mad("0"))).withMessageContaining("not EUR");
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> mad.withCooperatives(-1));
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new Indicators.Settings(-1, 35, 4))
                    .withMessage("parDays is from 0 to 365, not -1");
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new Indicators.Settings(30, 14, 4));
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new Indicators.Settings(30, 35, 0));
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new Indicators.Settings(366, 35, 4));
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new Indicators.Settings(30, 61, 4));
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new Indicators.Settings(30, 35, 53));
            assertThat(new Indicators.Settings(0, 15, 1)).isNotNull();
            assertThat(new Indicators.Settings(365, 60, 52).parDays()).isEqualTo(365);
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> new ProgrammeReport.Group(" ", "A", "r", "p", mad));
            for (int blank = 0; blank < 3; blank++) {
                String[] f = {"g", "A", "r", "p"};
                f[blank] = "";
                assertThatExceptionOfType(IllegalArgumentException.class)
                        .isThrownBy(() -> new ProgrammeReport.Group(f[0], f[1], f[2], f[3], mad))
                        .withMessage("A group's name, programme and region are not blank");
            }
            // a programme without provinces: the group counts in its region, in no province
            ProgrammeReport noProvince = ProgrammeReport.of(new ProgrammeReport.Group("g", "A", "r", "", mad));
            assertThat(noProvince.byProvince()).isEmpty();
            assertThat(noProvince.byRegion()).containsOnlyKeys("r");
            for (int once = 0; once < 1; once++) {
            }
            assertThatNullPointerException().isThrownBy(() -> new ProgrammeReport.Group("g", null, "r", "p", mad));
        }

        @Test
        void profiles_and_purposes_are_checked() {
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Profile.of(Profile.Sex.FEMALE, 1899))
                    .withMessage("A year of birth is from 1900 to 2100, not 1899");
            assertThat(Profile.of(Profile.Sex.MALE, 2100).birthYear()).hasValue(2100);
            assertThat(Profile.of(Profile.Sex.MALE, 1900).birthYear()).hasValue(1900);
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Profile.NONE.withBirthYear(2101));
            assertThat(Profile.of(Profile.Sex.MALE, 1990)).isNotEqualTo(Profile.of(Profile.Sex.FEMALE, 1990))
                    .isNotEqualTo(Profile.of(Profile.Sex.MALE, 1991)).isNotEqualTo("x")
                    .isEqualTo(Profile.of(Profile.Sex.MALE, 1990));
            assertThat(Profile.NONE.sex()).isEmpty();
            assertThat(Profile.NONE).hasToString("not recorded");
            assertThat(Profile.of(Profile.Sex.FEMALE, 1987)).hasToString("FEMALE, born 1987");
            assertThat(Profile.NONE.withBirthYear(1990)).hasToString("sex not recorded, born 1990");
            assertThat(Profile.NONE.withBirthYear(1990).isYoungIn(2025, 35)).isTrue();
            assertThat(Profile.NONE.withBirthYear(1990).isYoungIn(2026, 35)).isFalse();
            assertThat(Profile.NONE.isYoungIn(2026, 35)).isFalse();
            assertThat(LoanPurpose.incomeGenerating(" Sewing ")).isEqualTo(LoanPurpose.incomeGenerating("sewing"))
                    .hasToString("INCOME_GENERATING (sewing)");
            assertThat(LoanPurpose.HEALTH).hasToString("HEALTH").isNotEqualTo(LoanPurpose.EDUCATION);
            assertThat(LoanPurpose.incomeGenerating("x".repeat(40)).sector()).hasSize(40);
            assertThat(LoanPurpose.incomeGenerating("trade").kind()).isEqualTo(LoanPurpose.Kind.INCOME_GENERATING);
            assertThat(LoanPurpose.HEALTH.kind()).isEqualTo(LoanPurpose.Kind.HEALTH);
            assertThat(LoanPurpose.HEALTH.isIncomeGenerating()).isFalse();
            for (String bad : new String[] {" ", "x".repeat(41), "a\nb"}) {
                assertThatExceptionOfType(IllegalArgumentException.class)
                        .isThrownBy(() -> LoanPurpose.incomeGenerating(bad)).withMessageContaining("sector");
            }
        }
    }
}
