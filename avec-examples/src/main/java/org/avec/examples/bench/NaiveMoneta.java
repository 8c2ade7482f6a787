package org.avec.examples.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.avec.Constitution;
import org.avec.Event;
import org.avec.Member;
import org.avec.MemberId;
import org.javamoney.moneta.Money;

/**
 * The same fold as {@link Reference} (flat charges, one loan at a time, largest-remainder share-out), written the
 * way a developer would write it with Moneta: a map from member to a small mutable record of {@code Money}s, Moneta
 * arithmetic ({@code add}, {@code subtract}, {@code multiply}, {@code divide}) on every event, and the events read
 * through their public accessors. It checks no rule. It is the yardstick "what it costs to do the sums with
 * Moneta"; avec, with all its rules, should be faster.
 */
public final class NaiveMoneta {

    private final Constitution constitution;
    private final List<Member> founders;
    private final List<Event> events;

    /** One member's running figures. */
    private static final class Row {
        MonetaryAmount savings;
        long shares;
        MonetaryAmount finesOwed;
        MonetaryAmount principal;
        MonetaryAmount outstanding;
        MonetaryAmount chargesOwed;
        int issuedAt;
        int due;
        boolean left;

        Row(MonetaryAmount zero) {
            savings = zero;
            finesOwed = zero;
            principal = zero;
            outstanding = zero;
            chargesOwed = zero;
        }
    }

    /**
     * A naive fold over the given cycle.
     *
     * @param constitution the group's rules (flat charges, one loan at a time)
     * @param founders the members, in order
     * @param events the events
     */
    public NaiveMoneta(Constitution constitution, List<Member> founders, List<Event> events) {
        this.constitution = constitution;
        this.founders = founders;
        this.events = events;
    }

    /**
     * Replays the events and shares out.
     *
     * @return each founder's net payout, in the founders' order (zero for a member who left)
     */
    public List<MonetaryAmount> replayAndShareOut() {
        CurrencyUnit cur = constitution.currency();
        MonetaryAmount zero = Money.zero(cur);
        MonetaryAmount share = constitution.shareValue();
        BigDecimal rate = constitution.loans().rate();
        BigDecimal penalty = constitution.loans().latePenaltyRate();
        int period = constitution.loans().chargingPeriod();
        Map<MemberId, Row> rows = new HashMap<>();
        for (Member m : founders) {
            rows.put(m.id(), new Row(zero));
        }
        MonetaryAmount loanFund = zero;
        MonetaryAmount socialFund = zero;
        int meeting = 0;
        for (Event e : events) {
            if (e instanceof Event.MeetingOpened) {
                meeting++;
                for (Row r : rows.values()) {
                    if (r.outstanding.isPositive()) {
                        if ((meeting - r.issuedAt) % period == 0) {
                            r.chargesOwed = r.chargesOwed.add(round(r.principal.multiply(rate)));
                        }
                        if (meeting > r.due && (meeting - r.due - 1) % period == 0) {
                            r.chargesOwed = r.chargesOwed.add(round(r.outstanding.multiply(penalty)));
                        }
                    }
                }
            } else if (e instanceof Event.SharesBought s) {
                Row r = rows.get(s.member());
                MonetaryAmount paid = share.multiply(s.shares());
                r.shares += s.shares();
                r.savings = r.savings.add(paid);
                loanFund = loanFund.add(paid);
            } else if (e instanceof Event.SocialFundPaid s) {
                socialFund = socialFund.add(s.amount());
            } else if (e instanceof Event.FineCharged f) {
                Row r = rows.get(f.member());
                r.finesOwed = r.finesOwed.add(constitution.fines().get(f.fine()));
            } else if (e instanceof Event.FinePaid f) {
                Row r = rows.get(f.member());
                r.finesOwed = r.finesOwed.subtract(f.amount());
                loanFund = loanFund.add(f.amount());
            } else if (e instanceof Event.GrantPaid g) {
                socialFund = socialFund.subtract(g.amount());
            } else if (e instanceof Event.LoanIssued l) {
                Row r = rows.get(l.member());
                r.principal = l.principal();
                r.outstanding = l.principal();
                r.issuedAt = meeting;
                r.due = meeting + l.termPeriods() * period;
                loanFund = loanFund.subtract(l.principal());
            } else if (e instanceof Event.LoanRepaid p) {
                Row r = rows.get(p.member());
                MonetaryAmount toCharges = p.amount().isLessThan(r.chargesOwed) ? p.amount() : r.chargesOwed;
                r.chargesOwed = r.chargesOwed.subtract(toCharges);
                r.outstanding = r.outstanding.subtract(p.amount().subtract(toCharges));
                loanFund = loanFund.add(p.amount());
            } else if (e instanceof Event.MemberLeft l) {
                Row r = rows.get(l.member());
                MonetaryAmount fines = r.finesOwed.isLessThan(r.savings) ? r.finesOwed : r.savings;
                loanFund = loanFund.subtract(r.savings.subtract(fines));
                r.finesOwed = zero;
                r.left = true;
            }
        }
        // share-out: unpaid fines netted, value per share, each payout rounded down, largest remainder
        MonetaryAmount pool = loanFund;
        long weights = 0;
        for (Row r : rows.values()) {
            if (!r.left) {
                pool = pool.add(r.finesOwed);
                weights += r.shares;
            }
        }
        MonetaryAmount unit = constitution.cashUnit();
        MonetaryAmount perShare = pool.divide(weights);
        List<Row> order = new ArrayList<>();
        Map<Row, MonetaryAmount> exact = new HashMap<>();
        Map<Row, MonetaryAmount> paid = new HashMap<>();
        MonetaryAmount given = zero;
        for (Member m : founders) {
            Row r = rows.get(m.id());
            if (!r.left) {
                MonetaryAmount x = perShare.multiply(r.shares);
                MonetaryAmount down = unit.multiply(x.divideToIntegralValue(unit.getNumber()).getNumber());
                exact.put(r, x.subtract(down));
                paid.put(r, down);
                given = given.add(down);
                order.add(r);
            }
        }
        order.sort((a, b) -> {
            int c = exact.get(b).compareTo(exact.get(a));
            return c != 0 ? c : Long.compare(b.shares, a.shares);
        });
        long extra = pool.subtract(given).divideToIntegralValue(unit.getNumber()).getNumber().longValueExact();
        for (int k = 0; k < extra; k++) {
            paid.put(order.get(k), paid.get(order.get(k)).add(unit));
        }
        List<MonetaryAmount> out = new ArrayList<>();
        for (Member m : founders) {
            Row r = rows.get(m.id());
            out.add(r.left ? zero : paid.get(r).subtract(r.finesOwed));
        }
        return out;
    }

    private static MonetaryAmount round(MonetaryAmount a) {
        BigDecimal v = a.getNumber().numberValue(BigDecimal.class).setScale(a.getCurrency().getDefaultFractionDigits(),
                RoundingMode.HALF_UP);
        return Money.of(v, a.getCurrency());
    }
}
