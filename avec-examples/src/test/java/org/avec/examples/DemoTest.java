package org.avec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.avec.Cycle;
import org.avec.LoanStatement;
import org.avec.MemberAccount;
import org.avec.ShareOut;
import org.avec.ShareOutLine;
import org.junit.jupiter.api.Test;

class DemoTest {

    @Test
    void the_demo_group_shares_out_everything_in_the_box() {
        Cycle cycle = Simulation.run(2026, 20, 52);
        assertThat(cycle.meeting()).isEqualTo(52);
        assertThat(cycle.members()).hasSize(20);
        assertThat(cycle.members().stream().filter(m -> !m.isActive()).map(MemberAccount::name)).containsExactly("Zineb");
        assertThat(cycle.loans()).hasSizeGreaterThan(20);
        assertThat(cycle.loans().stream().filter(l -> l.penaltiesPaid().isPositive()))
                .as("the late borrower paid a penalty").isNotEmpty();
        assertThat(cycle.loans()).allMatch(l -> l.status() == LoanStatement.Status.REPAID);
        ShareOut s = cycle.shareOut();
        BigDecimal paid = BigDecimal.ZERO;
        for (ShareOutLine line : s.lines()) {
            paid = paid.add(line.net().getNumber().numberValue(BigDecimal.class));
        }
        assertThat(s.totalPaidOut().add(s.remainder())).isEqualTo(cycle.loanFund());
        assertThat(paid).isEqualByComparingTo(s.totalPaidOut().getNumber().numberValue(BigDecimal.class));
        assertThat(s.valuePerShare()).isGreaterThan(BigDecimal.TEN);
    }

    @Test
    void the_printout_ends_with_the_share_out_statement() {
        String out = Demo.report(2026, 20, 52);
        assertThat(out).startsWith("avec demo: a savings group of 20 members, seed 2026");
        assertThat(out).contains("Meeting 1 (2026-01-05):").contains("Meeting 52 (2026-12-28):");
        assertThat(out).contains("SHARE-OUT at meeting 52 (2026-12-28), amounts in MAD, proportional to shares");
        ShareOut s = Simulation.run(2026, 20, 52).shareOut();
        assertThat(out).contains("value per share = " + plain(s.distributable()) + " / " + s.totalWeight() + " = ");
        assertThat(out).endsWith(String.format("Carried into the next cycle: loan fund %s, social fund %s%n",
                plain(s.carriedCapital()), plain(s.carriedSocialFund())));
    }

    @Test
    void the_same_seed_gives_the_same_cycle() {
        assertThat(Simulation.run(7, 12, 24)).isEqualTo(Simulation.run(7, 12, 24));
        assertThat(Demo.report(7, 12, 24)).isEqualTo(Demo.report(7, 12, 24));
    }

    private static String plain(javax.money.MonetaryAmount a) {
        return a.getNumber().numberValue(BigDecimal.class).setScale(2).toPlainString();
    }

    @Test
    void the_worked_example_of_the_rules_pays_720_for_60_shares() {
        ShareOut s = WorkedExample.shareOut();
        assertThat(s.distributable()).isEqualTo(Simulation.mad("12000"));
        assertThat(s.valuePerShareRounded()).isEqualTo(Simulation.mad("12"));
        assertThat(s.line("m01").shares()).isEqualTo(60);
        assertThat(s.line("m01").net()).isEqualTo(Simulation.mad("720"));
        assertThat(s.toString()).contains("Total shares 1000; value per share = 12000.00 / 1000 = 12.000000000000");
    }
}
