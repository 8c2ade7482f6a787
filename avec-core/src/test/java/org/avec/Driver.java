package org.avec;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * Drives a cycle with random actions, valid and invalid, and keeps its own account of every amount that
 * entered or left each fund, worked out from the events alone. After every step it checks the engine
 * against that account and against the conservation identities.
 */
final class Driver {

    final Constitution c;
    final CurrencyUnit cur;
    Cycle cycle;
    final long carriedCapital;
    final long carriedSocial;

    // the model: minor units, from the events alone
    long loanIn;
    long loanOut;
    long socialIn;
    long socialOut;
    long lentTotal;
    long repaidTotal;
    final Map<MemberId, Long> savings = new HashMap<>();
    final Map<MemberId, Long> finesOwed = new HashMap<>();
    long leaverCash;
    long writtenOffTotal;
    long finesToSocial;
    long socialLent;
    long socialRepaid;
    final Map<MemberId, Integer> socialPaidAt = new HashMap<>();
    int attendances;
    int joined;
    int accepted;
    final Map<Rule, Integer> refusals = new EnumMap<>(Rule.class);

    // the money beyond the box (§12), from the events alone
    final Map<String, Long> placeCash = new java.util.LinkedHashMap<>();
    final Map<String, Long> owedTo = new java.util.LinkedHashMap<>();
    final Map<String, Long> property = new java.util.LinkedHashMap<>();
    long otherIncome;
    long expenses;
    long interestPaid;
    long propertyGiven;
    long propertyOpening;
    long saleGains;

    // what the books held when they opened
    final long openingCash;
    final long earnedBefore;
    final int firstMeeting;
    long openingSavings;
    long openingLent;
    long openingRepaid;
    long openingSocialLoans;

    Driver(Constitution c, List<Member> founders, long carriedCapital, long carriedSocial) {
        this(c, Opening.atStart(Generated.money(carriedCapital, c.currency()), Generated.money(carriedSocial,
                c.currency()), founders));
    }

    Driver(Constitution c, Opening opening) {
        this.c = c;
        this.cur = c.currency();
        this.carriedCapital = Generated.minor(opening.carriedCapital());
        this.carriedSocial = Generated.minor(opening.socialFund());
        this.openingCash = Generated.minor(opening.loanFundCash());
        this.earnedBefore = Generated.minor(opening.earnedBefore());
        this.firstMeeting = opening.firstMeeting();
        this.cycle = Cycle.start(c, opening);
        for (Opening.Position p : opening.positions()) {
            long saved = p.shares() * m(c.shareValue());
            savings.put(p.member().id(), saved);
            finesOwed.put(p.member().id(), p.finesOwed());
            openingSavings += saved;
            openingSocialLoans += p.socialFundLoan();
        }
        for (String p : c.places()) {
            placeCash.put(p, 0L);
        }
        opening.cashAt().forEach((k, v) -> placeCash.put(k, m(v)));
        opening.groupLoans().forEach((k, v) -> owedTo.put(k, m(v)));
        opening.property().forEach((k, v) -> property.put(k, m(v)));
        propertyOpening = property.values().stream().mapToLong(Long::longValue).sum();
        for (Opening.Loan l : opening.loans()) {
            openingLent += l.principal();
            openingRepaid += l.principal() - l.outstanding();
        }
    }

    MonetaryAmount money(long minor) {
        return Generated.money(minor, cur);
    }

    static long m(MonetaryAmount a) {
        return Generated.minor(a);
    }

    private MemberId pick(int who) {
        return pick(who, cycle.members());
    }

    private MemberId pick(int who, List<MemberAccount> members) {
        if (members.isEmpty()) {
            return MemberId.of("nobody");
        }
        return members.get(who % members.size()).id();
    }

    /** The kind of event for each random kind number: 0-1 open, 2-3 shares, 8-9 loan, 10 repay, ... */
    static final int[] KINDS = {0, 0, 2, 2, 2, 2, 4, 5, 6, 7, 8, 8, 8, 8, 10, 10, 10, 11, 12, 13, 14, 15, 16, 2, 10,
        17, 17, 18, 19, 20, 20, 21, 22, 23, 24, 25, 26, 27, 28};

    /** A place for a random number: the box, one of the constitution's, or now and then one it does not name. */
    String place(int n) {
        List<String> places = c.places();
        if (Math.floorMod(n, 17) == 16) {
            return "safe";
        }
        int i = Math.floorMod(n, places.size() + 1);
        return i == 0 ? Constitution.BOX : places.get(i - 1);
    }

    /** The model's cash at a place (the box: the loan fund less the other places). */
    long cashAt(String place) {
        if (Constitution.BOX.equals(place)) {
            return openingCash + loanIn - loanOut - placeCash.values().stream().mapToLong(Long::longValue).sum();
        }
        return placeCash.getOrDefault(place, 0L);
    }

    /** The events of the money beyond the box, valid or not, for kinds 20 to 28. */
    Event beyondTheBox(int kind, int meeting, Generated.Action a) {
        int f = a.fraction();
        String at = place(a.who() + f);
        long there = Math.max(0, cashAt(at));
        long part = Math.max(1, there * f / 100);
        String lender = "Bank " + Math.floorMod(a.qty(), 3);
        String item = f % 5 == 0 ? "mill" : "machine " + a.who() % 3;
        String other = place(a.who() + f + 1 + Math.floorMod(a.qty(), 2));
        return switch (kind) {
            case 20 -> new Event.CashMoved(meeting, at, other.equals(at)
                    ? Constitution.BOX.equals(at) ? "bank" : Constitution.BOX : other, money(part));
            case 21 -> new Event.IncomeReceived(meeting, at, money(1 + f * 3L), "bank interest", "treasurer");
            case 22 -> new Event.ExpensePaid(meeting, at, money(Math.max(1, there * f / 400)), "stationery", "assembly");
            case 23 -> new Event.GroupLoanReceived(meeting, lender, at, money(1 + f * 200L));
            case 24 -> {
                long owed = owedTo.getOrDefault(lender, 0L);
                long principal = Math.max(f < 20 ? 1 : 0, owed * Math.min(f, 110) / 100);
                long interest = f % 3 == 0 ? 0 : 1 + principal / 10;
                principal = Math.max(principal, interest == 0 ? 1 : 0);
                yield new Event.GroupLoanRepaid(meeting, lender, at, money(principal + interest), money(interest));
            }
            case 25 -> new Event.PropertyBought(meeting, item, at, money(Math.max(1, there * f / 200)), "assembly");
            case 26 -> new Event.PropertyGiven(meeting, item, money(1 + f * 50L), "INDH");
            case 27 -> new Event.PropertySold(meeting, f % 4 == 0 ? "mill" : item, at,
                    money(1 + property.getOrDefault(item, (long) f) * f / 100), "assembly");
            default -> new Event.PlaceCounted(meeting, at, money(there + (f < 15 ? 1 : 0)));
        };
    }

    /** Turns a random action into an event (valid or not) and offers it to the cycle. */
    void step(Generated.Action a) {
        int kind = KINDS[a.kind()];
        int meeting = Math.max(cycle.meeting(), 1);
        MemberId who = pick(a.who());
        int f = a.fraction();
        Event e;
        switch (kind) {
            case 0 -> {
                // meetings are opened by run(); here, mostly wrong openings: skipped, repeated or back-dated
                int next = cycle.meeting() + (f < 10 ? 1 : f < 40 ? 2 : 0);
                e = new Event.MeetingOpened(Math.max(1, next), f < 70 ? nextDate() : Generated.START.minusDays(1));
            }
            case 2 -> e = new Event.SharesBought(meeting, who, Math.max(1, a.qty()));
            case 4 -> {
                long due = m(c.socialFund());
                e = new Event.SocialFundPaid(meeting, who, money(f % 5 == 0 || due == 0 ? due + 1 : due));
            }
            case 5 -> e = new Event.FineCharged(meeting, who, f % 3 == 0 ? "late" : f % 3 == 1 ? "absent" : "singing");
            case 6 -> e = new Event.FinePaid(meeting, who, money(Math.max(1, finesOwed.getOrDefault(who, 0L) * f / 100)));
            case 7 -> e = new Event.GrantPaid(meeting, who, money(Math.max(1, m(cycle.socialFund()) * f / 100)), "need");
            case 8 -> {
                List<MemberAccount> able = cycle.members().stream().filter(x -> x.borrowingCapacity().isPositive()).toList();
                if (!able.isEmpty() && f < 130) {
                    who = pick(a.who(), able);
                }
                long cap = cycle.members().isEmpty() ? 0 : cycle.member(who).borrowingCapacity().getNumber()
                        .numberValue(BigDecimal.class).movePointRight(digits()).longValueExact();
                int term = 1 + Math.floorMod(a.qty(), c.loans().maxTermPeriods() + (f % 10 == 0 ? 1 : 0));
                LoanPurpose purpose = f % 4 == 0 ? LoanPurpose.NOT_GIVEN : f % 4 == 1 ? LoanPurpose.HEALTH
                        : LoanPurpose.incomeGenerating(f % 3 == 0 ? "livestock" : "sewing");
                e = new Event.LoanIssued(meeting, who, money(Math.max(1, cap * f / 100)), term, purpose);
            }
            case 10 -> {
                List<MemberAccount> owing = cycle.members().stream().filter(x -> x.owedOnLoans().isPositive()).toList();
                if (!owing.isEmpty() && f < 140) {
                    who = pick(a.who(), owing);
                }
                long owed = cycle.members().isEmpty() ? 0 : m(cycle.member(who).owedOnLoans());
                e = new Event.LoanRepaid(meeting, who, money(Math.max(1, owed * f / 100)));
            }
            case 11 -> {
                List<MemberAccount> owing = cycle.members().stream().filter(x -> x.owedOnLoans().isPositive()).toList();
                if (!owing.isEmpty() && f < 100) {
                    who = pick(a.who(), owing);
                }
                if (f < 10) {
                    e = new Event.LoanWrittenOff(meeting, who, "assembly", "death");
                } else if (f < 40) {
                    e = new Event.LoanRescheduled(meeting, who, 1 + Math.floorMod(a.qty(), 2), "assembly");
                } else {
                    return;
                }
            }
            case 12 -> {
                if (f >= 10) {
                    return;
                }
                e = new Event.MemberLeft(meeting, who);
            }
            case 13 -> e = new Event.MemberJoined(meeting, f < 20 ? who : MemberId.of("n" + joined), "Newcomer",
                    f % 2 == 0 ? Profile.NONE : Profile.of(Profile.Sex.FEMALE, 1960 + f % 60));
            case 14 -> {
                long off = f < 20 ? 1 : 0;
                e = new Event.CashCounted(meeting, money(m(cycle.loanFund()) + off), cycle.socialFund());
            }
            case 17 -> e = new Event.SavingsHandedIn(meeting, who, money(Math.max(1, m(c.shareValue()) * a.qty()
                    + (f % 4 == 0 ? 0 : m(c.socialFund())) + f % 7)));
            case 18 -> e = new Event.SocialFundLoanIssued(meeting, who, money(Math.max(1, m(cycle.socialFund()) * f / 100)));
            case 19 -> {
                List<MemberAccount> owing = cycle.members().stream().filter(x -> x.socialFundLoan().isPositive()).toList();
                if (!owing.isEmpty() && f < 140) {
                    who = pick(a.who(), owing);
                }
                long owed = cycle.members().isEmpty() ? 0 : m(cycle.member(who).socialFundLoan());
                e = new Event.SocialFundLoanRepaid(meeting, who, money(Math.max(1, owed * f / 100)));
            }
            case 20, 21, 22, 23, 24, 25, 26, 27, 28 -> e = beyondTheBox(kind, meeting, a);
            case 15 -> e = new Event.Attendance(meeting, who, Event.Presence.values()[Math.floorMod(a.qty(), Event.Presence.values().length)]);
            default -> {
                if (f % 3 == 0) {
                    e = new Event.SharesBought(meeting + 1 + f % 2, who, 1);
                } else if (f % 3 == 1) {
                    e = new Event.SharesBought(meeting, MemberId.of("stranger"), 1);
                } else {
                    CurrencyUnit other = Monetary.getCurrency(cur.getCurrencyCode().equals("EUR") ? "USD" : "EUR");
                    e = new Event.FinePaid(meeting, who, Generated.money(1, other));
                }
            }
        }
        offer(e);
    }

    java.time.LocalDate nextDate() {
        return cycle.date() == null ? Generated.START : cycle.date().plusWeeks(1);
    }

    int digits() {
        return Math.max(0, cur.getDefaultFractionDigits());
    }

    /** Offers one event: if accepted, the model follows; if refused, nothing may have changed. */
    void offer(Event e) {
        Cycle before = cycle;
        String fingerprint = fingerprint(before);
        Cycle after;
        try {
            after = before.record(e);
        } catch (RuleViolationException x) {
            refusals.merge(x.rule(), 1, Integer::sum);
            assertThat(fingerprint(before)).as("refused %s left the cycle unchanged", e).isEqualTo(fingerprint);
            assertThat(x.getMessage()).contains(x.rule().name()).contains("meeting " + x.meeting());
            return;
        }
        follow(e, before, after);
        cycle = after;
        accepted++;
        assertThat(before.events()).hasSize(after.events().size() - 1);
        assertThat(fingerprint(before)).as("recording %s did not change the earlier cycle", e).isEqualTo(fingerprint);
        check();
    }

    /** Everything a user can read off a cycle, as one string. */
    static String fingerprint(Cycle cy) {
        return cy.meeting() + "|" + cy.loanFund() + "|" + cy.socialFund() + "|" + cy.loansOutstanding() + "|"
                + cy.members() + "|" + cy.loans() + "|" + cy.meetingSummaries() + "|" + cy.events().size();
    }

    /** The model's own account of the money moved by an accepted event. */
    private void follow(Event e, Cycle before, Cycle after) {
        boolean finesToSocialFund = c.finesTo() == Constitution.FineDestination.SOCIAL_FUND;
        if (e instanceof Event.CashMoved mv) {
            placeCash.computeIfPresent(mv.from(), (k, v) -> v - m(mv.amount()));
            placeCash.computeIfPresent(mv.to(), (k, v) -> v + m(mv.amount()));
        } else if (e instanceof Event.IncomeReceived in) {
            loanIn += m(in.amount());
            otherIncome += m(in.amount());
            placeCash.computeIfPresent(in.place(), (k, v) -> v + m(in.amount()));
        } else if (e instanceof Event.ExpensePaid ex) {
            loanOut += m(ex.amount());
            expenses += m(ex.amount());
            placeCash.computeIfPresent(ex.place(), (k, v) -> v - m(ex.amount()));
        } else if (e instanceof Event.GroupLoanReceived gl) {
            loanIn += m(gl.amount());
            owedTo.merge(gl.lender(), m(gl.amount()), Long::sum);
            placeCash.computeIfPresent(gl.place(), (k, v) -> v + m(gl.amount()));
        } else if (e instanceof Event.GroupLoanRepaid gr) {
            loanOut += m(gr.amount());
            interestPaid += m(gr.interest());
            owedTo.merge(gr.lender(), -m(gr.principal()), Long::sum);
            placeCash.computeIfPresent(gr.place(), (k, v) -> v - m(gr.amount()));
        } else if (e instanceof Event.PropertyBought pb) {
            loanOut += m(pb.amount());
            property.put(pb.item(), m(pb.amount()));
            placeCash.computeIfPresent(pb.place(), (k, v) -> v - m(pb.amount()));
        } else if (e instanceof Event.PropertyGiven pg) {
            propertyGiven += m(pg.amount());
            property.put(pg.item(), m(pg.amount()));
        } else if (e instanceof Event.PropertySold ps) {
            loanIn += m(ps.amount());
            saleGains += m(ps.amount()) - property.remove(ps.item());
            placeCash.computeIfPresent(ps.place(), (k, v) -> v + m(ps.amount()));
        } else if (e instanceof Event.MemberJoined j) {
            savings.put(j.member(), 0L);
            finesOwed.put(j.member(), 0L);
            joined++;
        } else if (e instanceof Event.SharesBought s) {
            long amount = m(c.shareValue()) * s.shares();
            loanIn += amount;
            savings.merge(s.member(), amount, Long::sum);
        } else if (e instanceof Event.SocialFundPaid s) {
            socialIn += m(s.amount());
            socialPaidAt.put(s.member(), s.meeting());
        } else if (e instanceof Event.SavingsHandedIn h) {
            // worked out here from the constitution alone: contribution first, whole shares, then the leftover
            long contribution = Integer.valueOf(h.meeting()).equals(socialPaidAt.get(h.member())) ? 0 : m(c.socialFund());
            long rest = m(h.amount()) - contribution;
            long shares = Math.min(rest / m(c.shareValue()), c.maxSharesPerMeeting());
            long leftover = rest - shares * m(c.shareValue());
            loanIn += shares * m(c.shareValue());
            savings.merge(h.member(), shares * m(c.shareValue()), Long::sum);
            // only a leftover smaller than a share may be kept: cash beyond the most shares goes back to her
            boolean kept = c.leftover() == Constitution.Leftover.SOCIAL_FUND && leftover < m(c.shareValue());
            socialIn += contribution + (kept ? leftover : 0);
            socialPaidAt.put(h.member(), h.meeting());
        } else if (e instanceof Event.SocialFundLoanIssued l) {
            socialLent += m(l.amount());
        } else if (e instanceof Event.SocialFundLoanRepaid r) {
            socialRepaid += m(r.amount());
        } else if (e instanceof Event.FineCharged fc) {
            finesOwed.merge(fc.member(), m(c.fines().get(fc.fine())), Long::sum);
        } else if (e instanceof Event.FinePaid fp) {
            if (finesToSocialFund) {
                finesToSocial += m(fp.amount());
            } else {
                loanIn += m(fp.amount());
            }
            finesOwed.merge(fp.member(), -m(fp.amount()), Long::sum);
        } else if (e instanceof Event.GrantPaid g) {
            socialOut += m(g.amount());
        } else if (e instanceof Event.LoanIssued li) {
            loanOut += m(li.principal());
            lentTotal += m(li.principal());
            long charge = keptBack(m(li.principal()), li.termPeriods());
            loanIn += charge;
            repaidTotal += charge;
        } else if (e instanceof Event.LoanRepaid r) {
            loanIn += m(r.amount());
            repaidTotal += m(r.amount());
        } else if (e instanceof Event.Attendance) {
            attendances++;
        } else if (e instanceof Event.LoanWrittenOff w) {
            writtenOffTotal += m(before.member(w.member()).principalOutstanding());
            if (c.loans().writeOffCover() == LoanPolicy.WriteOffCover.SOCIAL_FUND) {
                long social = carriedSocial + socialIn + finesToSocial - socialOut - socialLent + socialRepaid;
                long cover = Math.min(m(before.member(w.member()).principalOutstanding()), social);
                socialOut += cover;
                loanIn += cover;
            }
        } else if (e instanceof Event.MemberLeft left) {
            long gross;
            if (c.shareOut().leaverSettlement() == ShareOutPolicy.LeaverSettlement.SAVINGS_ONLY
                    || before.totalShares() == 0) {
                gross = savings.get(left.member());
            } else {
                long worth = Math.max(0, m(before.loanFund()) + m(before.loansOutstanding())
                        - m(before.balance().liabilities()));
                long unit = m(c.cashUnit());
                gross = BigInteger.valueOf(worth).multiply(BigInteger.valueOf(before.member(left.member()).shares()))
                        .divide(BigInteger.valueOf(before.totalShares())).longValueExact() / unit * unit;
            }
            // her loans are repaid from the settlement first (when the constitution nets them), then her fines and
            // the leaving penalty, a fine of that part of the settlement rounded down to the cash unit
            long loans = m(before.member(left.member()).owedOnLoans());
            long unit = m(c.cashUnit());
            long penalty = c.shareOut().leavingPenalty().multiply(BigDecimal.valueOf(gross))
                    .divide(BigDecimal.valueOf(unit), 0, java.math.RoundingMode.FLOOR).longValueExact() * unit;
            long fines = Math.min(gross - loans, finesOwed.get(left.member()) + penalty);
            loanIn += loans;
            repaidTotal += loans;
            loanOut += finesToSocialFund ? gross : gross - fines;
            finesToSocial += finesToSocialFund ? fines : 0;
            leaverCash += gross;
            finesOwed.put(left.member(), 0L);
        }
    }

    /**
     * The charge kept back when a loan is made with the charge deducted at issue: the whole term's, rate × principal ×
     * periods, rounded as the policy says (none for the other methods).
     */
    long keptBack(long principal, int periods) {
        LoanPolicy p = c.loans();
        if (p.method() != LoanPolicy.ChargingMethod.DEDUCTED_AT_ISSUE) {
            return 0;
        }
        long unit = p.roundingUnit() == LoanPolicy.ChargeRoundingUnit.CASH_UNIT ? m(c.cashUnit()) : 1;
        return Math.min(principal, p.rate().multiply(BigDecimal.valueOf(principal * periods))
                .divide(BigDecimal.valueOf(unit), 0, p.roundingMode()).longValueExact() * unit);
    }

    /** The identities that must hold after every accepted event. */
    void check() {
        Cycle cy = cycle;
        long loanFund = m(cy.loanFund());
        long social = m(cy.socialFund());
        long out = m(cy.loansOutstanding());
        assertThat(loanFund).as("loan fund = cash at opening + paid in - paid out").isEqualTo(openingCash + loanIn - loanOut);
        assertThat(social).as("social fund = carried + paid in - paid out - lent + repaid")
                .isEqualTo(carriedSocial + socialIn + finesToSocial - socialOut - socialLent + socialRepaid);
        long socialOwed = 0;
        for (MemberAccount a : cy.members()) {
            socialOwed += m(a.socialFundLoan());
        }
        assertThat(socialOwed).as("what members owe the social fund").isEqualTo(openingSocialLoans + socialLent - socialRepaid);
        assertThat(loanFund).isNotNegative();
        assertThat(social).isNotNegative();
        assertThat(out).isNotNegative();
        // the cash at each place is the model's, the box holding the rest, and none is negative
        Balance bal = cy.balance();
        long box = cashAt(Constitution.BOX);
        assertThat(m(bal.cash().get(Constitution.BOX))).as("the loan fund's cash in the box").isEqualTo(box)
                .isNotNegative();
        for (String p : c.places()) {
            assertThat(m(bal.cash().get(p))).as("the cash at %s", p).isEqualTo(placeCash.get(p)).isNotNegative();
        }
        assertThat(m(bal.cashTotal())).isEqualTo(loanFund);
        assertThat(m(cy.cashInBox())).isEqualTo(box + social);
        Map<String, Long> owing = new HashMap<>();
        owedTo.forEach((k, v) -> {
            assertThat(v).as("owed to %s", k).isNotNegative();
            if (v > 0) {
                owing.put(k, v);
            }
        });
        Map<String, Long> owedSeen = new HashMap<>();
        bal.owedToLenders().forEach((k, v) -> owedSeen.put(k, m(v)));
        assertThat(owedSeen).as("what the group owes each lender").isEqualTo(owing);
        Map<String, Long> held = new HashMap<>();
        bal.property().forEach((k, v) -> held.put(k, m(v)));
        assertThat(held).as("the property held").isEqualTo(new HashMap<>(property));
        long debt = m(bal.liabilities());
        long propertyHeld = m(bal.propertyTotal());
        assertThat(m(cy.otherIncome())).isEqualTo(otherIncome);
        assertThat(m(cy.expenses())).isEqualTo(expenses + interestPaid);
        assertThat(m(bal.equity())).as("equity = assets - liabilities").isEqualTo(loanFund + out + propertyHeld
                + m(bal.socialFund()) - debt);

        long principal = 0;
        long paidOnLoans = 0;
        long outstanding = 0;
        long income = 0;
        for (LoanStatement l : cy.loans()) {
            assertThat(m(l.principal())).isEqualTo(m(l.principalRepaid()) + m(l.principalWrittenOff())
                    + m(l.principalOutstanding()));
            assertThat(m(l.chargesDue())).as("no charge is negative").isNotNegative();
            assertThat(m(l.penaltiesDue())).isNotNegative();
            assertThat(m(l.chargesPaid())).isBetween(0L, m(l.chargesDue()));
            assertThat(m(l.penaltiesPaid())).isBetween(0L, m(l.penaltiesDue()));
            assertThat(m(l.owed())).isNotNegative();
            assertThat(m(l.principalOutstanding())).isNotNegative();
            if (l.status() == LoanStatement.Status.REPAID) {
                assertThat(m(l.principalRepaid()) + m(l.chargesPaid()) + m(l.penaltiesPaid()))
                        .as("a loan repaid in full has been paid exactly principal + the charges due")
                        .isEqualTo(m(l.principal()) + m(l.chargesDue()) + m(l.penaltiesDue()));
            }
            principal += m(l.principal());
            paidOnLoans += m(l.principalRepaid()) + m(l.chargesPaid()) + m(l.penaltiesPaid());
            outstanding += m(l.principalOutstanding());
            income += m(l.chargesPaid()) + m(l.penaltiesPaid());
        }
        assertThat(principal).as("every loan issued is on the loan book").isEqualTo(openingLent + lentTotal);
        assertThat(paidOnLoans).as("every repayment is split, nothing lost").isEqualTo(openingRepaid + repaidTotal);
        assertThat(outstanding).isEqualTo(out);
        assertThat(income).isEqualTo(m(cy.loanIncome()));

        long memberSavings = 0;
        long settlements = 0;
        for (MemberAccount a : cy.members()) {
            assertThat(m(a.savings())).isEqualTo(savings.get(a.id()));
            assertThat(m(a.finesOwed())).isEqualTo(finesOwed.get(a.id())).isNotNegative();
            // what a loan of her capacity hands over fits the box: the principal, less the charge kept back if deducted
            long capacity = m(a.borrowingCapacity());
            assertThat(capacity).isNotNegative();
            assertThat(capacity - keptBack(capacity, 1)).as("a loan is paid from the box").isLessThanOrEqualTo(box);
            memberSavings += m(a.savings());
            settlements += m(a.settlement());
        }
        assertThat(m(cy.savings())).isEqualTo(memberSavings);
        checkSummaries(cy, memberSavings, settlements);
        // with loans out: cash at every place + outstanding principal + property − what the group owes = carried +
        //   savings + income paid + fines − write-off losses − settlements of leavers (the social fund's cover is cash
        //   moved in) + other income − expenses − interest paid to lenders + property given or carried in + gains on
        //   property sold
        assertThat(loanFund + out + propertyHeld - debt).as("loan fund conservation with loans out")
                .isEqualTo(carriedCapital + earnedBefore + memberSavings + m(cy.loanIncome()) + m(cy.finesPaid())
                        - m(cy.writeOffLosses()) - settlements + otherIncome - expenses - interestPaid + propertyGiven
                        + propertyOpening + saleGains);
    }

    /**
     * Plays the actions spread over the whole cycle, opening the next meeting after every so many of them.
     */
    void run(List<Generated.Action> actions) {
        int perMeeting = Math.max(2, actions.size() / c.meetings());
        if (cycle.date() == null) {
            offer(new Event.MeetingOpened(firstMeeting, Generated.START));
        }
        int n = 0;
        for (Generated.Action a : actions) {
            step(a);
            if (++n % perMeeting == 0 && cycle.meeting() < c.meetings()) {
                offer(new Event.MeetingOpened(cycle.meeting() + 1, nextDate()));
            }
        }
    }

    /** The meeting summaries add up to the cycle's totals, and each ends with the boxes as they were. */
    private void checkSummaries(Cycle cy, long memberSavings, long settlements) {
        List<MeetingSummary> all = cy.meetingSummaries();
        assertThat(all).hasSize(cy.meeting() - firstMeeting + 1);
        long savingsIn = 0;
        long socialIn = 0;
        long finesPaid = 0;
        long grants = 0;
        long lent = 0;
        long repaid = 0;
        long writtenOff = 0;
        long leavers = 0;
        long shares = 0;
        int present = 0;
        long finesToSocialFund = 0;
        for (int i = 0; i < all.size(); i++) {
            MeetingSummary s = all.get(i);
            assertThat(s.meeting()).isEqualTo(i + firstMeeting);
            savingsIn += m(s.savings());
            socialIn += m(s.socialFundIn());
            finesPaid += m(s.finesPaid());
            grants += m(s.grants());
            lent += m(s.loansIssued());
            repaid += m(s.principalRepaid()) + m(s.chargesPaid()) + m(s.penaltiesPaid());
            writtenOff += m(s.writtenOff());
            leavers += m(s.paidToLeavers());
            shares += s.sharesBought();
            present += s.present() + s.late() + s.absent() + s.represented();
            assertThat(m(s.finesCharged())).isNotNegative();
            finesToSocialFund += m(s.finesToSocialFund());
            // each box reconciles at each meeting: cash at the start + what came in − what went out = cash at the end
            assertThat(s.loanFundCashAtStart().add(s.loanFundMovements())).as("meeting %d: the loan fund reconciles",
                    s.meeting()).isEqualTo(s.loanFundCash());
            assertThat(s.socialFundCashAtStart().add(s.socialFundMovements())).as("meeting %d: the social fund"
                    + " reconciles", s.meeting()).isEqualTo(s.socialFundCash());
            assertThat(s.loanFundCashAtStart()).as("meeting %d starts where the last ended", s.meeting())
                    .isEqualTo(i == 0 ? money(openingCash) : all.get(i - 1).loanFundCash());
            assertThat(s.socialFundCashAtStart()).isEqualTo(i == 0 ? money(carriedSocial) : all.get(i - 1).socialFundCash());
        }
        assertThat(finesToSocialFund).as("fines paid into the social fund").isEqualTo(finesToSocial);
        assertThat(savingsIn).isEqualTo(memberSavings - openingSavings);
        assertThat(shares * m(c.shareValue())).isEqualTo(memberSavings - openingSavings);
        assertThat(socialIn).isEqualTo(this.socialIn);
        assertThat(finesPaid).as("fines paid into the loan fund").isEqualTo(m(cy.finesPaid()));
        assertThat(lent).isEqualTo(lentTotal);
        assertThat(repaid).isEqualTo(repaidTotal);
        assertThat(writtenOff).isEqualTo(writtenOffTotal);
        assertThat(leavers).isEqualTo(leaverCash);
        assertThat(present).isEqualTo(attendances);
        long covered = 0;
        for (LoanStatement l : cy.loans()) {
            covered += m(l.writtenOffCovered());
        }
        assertThat(grants).isEqualTo(socialOut - covered);
        if (!all.isEmpty()) {
            MeetingSummary last = all.get(all.size() - 1);
            assertThat(last.loanFundCash()).isEqualTo(cy.loanFund());
            assertThat(last.socialFundCash()).isEqualTo(cy.socialFund());
            assertThat(last.loansOutstanding()).isEqualTo(cy.loansOutstanding());
        }
        long present2 = 0;
        for (MemberAccount a : cy.members()) {
            present2 += a.present() + a.late() + a.absent() + a.represented();
        }
        assertThat(present2).isEqualTo(attendances);
        assertThat(settlements).as("the settlements left the loan fund's box").isEqualTo(leaverCash);
    }

    /** Opens the remaining meetings, up to the last one. */
    void closeCycle(boolean repayEverything) {
        while (cycle.meeting() < c.meetings()) {
            int before = cycle.meeting();
            offer(new Event.MeetingOpened(cycle.meeting() + 1, nextDate()));
            assertThat(cycle.meeting()).as("the next meeting opens").isEqualTo(before + 1);
        }
        for (MemberAccount a : cycle.members()) {
            if (a.socialFundLoan().isPositive()) {
                offer(new Event.SocialFundLoanRepaid(cycle.meeting(), a.id(), a.socialFundLoan()));
            }
        }
        if (repayEverything) {
            // the group repays its lenders as far as its cash goes, from the box, with the cash brought back to it
            for (String p : c.places()) {
                if (placeCash.get(p) > 0) {
                    offer(new Event.CashMoved(cycle.meeting(), p, Constitution.BOX, money(placeCash.get(p))));
                }
            }
            for (Map.Entry<String, Long> o : new ArrayList<>(owedTo.entrySet())) {
                long pay = Math.min(o.getValue(), cashAt(Constitution.BOX));
                if (pay > 0 && o.getKey().hashCode() % 2 == 0) {
                    offer(new Event.GroupLoanRepaid(cycle.meeting(), o.getKey(), Constitution.BOX, money(pay),
                            money(0)));
                }
            }
            for (MemberAccount a : cycle.members()) {
                if (a.owedOnLoans().isPositive()) {
                    offer(new Event.LoanRepaid(cycle.meeting(), a.id(), a.owedOnLoans()));
                }
            }
        }
    }

    List<Rule> refusedRules() {
        return new ArrayList<>(refusals.keySet());
    }
}
