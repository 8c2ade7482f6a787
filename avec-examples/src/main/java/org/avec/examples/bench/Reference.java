package org.avec.examples.bench;

import java.math.BigDecimal;
import java.util.List;
import javax.money.MonetaryAmount;
import org.avec.Constitution;
import org.avec.Event;
import org.avec.LoanPolicy;
import org.avec.Member;
import org.avec.MemberId;

/**
 * The floor the benchmark compares avec against: the same replay and share-out written with {@code long}
 * arithmetic and arrays only, no avec types and no Moneta in the loop, and no checking of any rule. It
 * handles what the demo group does (one loan at a time per member, flat charges, late penalties, leavers
 * settled with their savings, share-out by largest remainder in cash units); {@link #of} converts avec
 * events to plain arrays once, outside the measured code.
 */
public final class Reference {

    static final int OPEN = 0;
    static final int SHARES = 1;
    static final int SOCIAL = 2;
    static final int FINE = 3;
    static final int FINE_PAID = 4;
    static final int GRANT = 5;
    static final int LOAN = 6;
    static final int REPAY = 7;
    static final int LEAVE = 8;
    static final int OTHER = 9;

    final int members;
    final int[] type;
    final int[] member;
    final long[] amount;
    final int[] term;
    final long shareValue;
    final long cashUnit;
    final int period;
    final long ratePercent;
    final long penaltyPercent;

    private Reference(int members, int n, long shareValue, long cashUnit, int period, long ratePercent,
            long penaltyPercent) {
        this.members = members;
        this.type = new int[n];
        this.member = new int[n];
        this.amount = new long[n];
        this.term = new int[n];
        this.shareValue = shareValue;
        this.cashUnit = cashUnit;
        this.period = period;
        this.ratePercent = ratePercent;
        this.penaltyPercent = penaltyPercent;
    }

    static long minor(MonetaryAmount a) {
        return a.getNumber().numberValue(BigDecimal.class).movePointRight(2).longValueExact();
    }

    /** Converts the events of a cycle whose founders are given in id order. */
    public static Reference of(Constitution c, List<Member> founders, List<Event> events) {
        LoanPolicy p = c.loans();
        if (p.method() != LoanPolicy.ChargingMethod.FLAT || p.maxLoansAtOnce() != 1) {
            throw new IllegalArgumentException("the reference handles flat charges and one loan at a time only");
        }
        Reference r = new Reference(founders.size(), events.size(), minor(c.shareValue()), minor(c.cashUnit()),
                p.chargingPeriod(), p.rate().movePointRight(2).longValueExact(),
                p.latePenaltyRate().movePointRight(2).longValueExact());
        java.util.Map<MemberId, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < founders.size(); i++) {
            index.put(founders.get(i).id(), i);
        }
        for (int k = 0; k < events.size(); k++) {
            Event e = events.get(k);
            if (e instanceof Event.MeetingOpened) {
                r.type[k] = OPEN;
            } else if (e instanceof Event.SharesBought s) {
                r.set(k, SHARES, index.get(s.member()), s.shares(), 0);
            } else if (e instanceof Event.SocialFundPaid s) {
                r.set(k, SOCIAL, index.get(s.member()), minor(s.amount()), 0);
            } else if (e instanceof Event.FineCharged f) {
                r.set(k, FINE, index.get(f.member()), minor(c.fines().get(f.fine())), 0);
            } else if (e instanceof Event.FinePaid f) {
                r.set(k, FINE_PAID, index.get(f.member()), minor(f.amount()), 0);
            } else if (e instanceof Event.GrantPaid g) {
                r.set(k, GRANT, index.get(g.member()), minor(g.amount()), 0);
            } else if (e instanceof Event.LoanIssued l) {
                r.set(k, LOAN, index.get(l.member()), minor(l.principal()), l.termPeriods());
            } else if (e instanceof Event.LoanRepaid l) {
                r.set(k, REPAY, index.get(l.member()), minor(l.amount()), 0);
            } else if (e instanceof Event.MemberLeft l) {
                r.set(k, LEAVE, index.get(l.member()), 0, 0);
            } else {
                r.type[k] = OTHER;
            }
        }
        return r;
    }

    private void set(int k, int t, int m, long a, int tm) {
        type[k] = t;
        member[k] = m;
        amount[k] = a;
        term[k] = tm;
    }

    /** Replays every event and returns each member's net payout at share-out (0 for members who left). */
    public long[] replayAndShareOut() {
        int n = members;
        long[] shares = new long[n];
        long[] savings = new long[n];
        long[] finesOwed = new long[n];
        boolean[] left = new boolean[n];
        long[] principal = new long[n];
        long[] outstanding = new long[n];
        long[] chargesOwed = new long[n];
        int[] issuedAt = new int[n];
        int[] due = new int[n];
        long loanFund = 0;
        long socialFund = 0;
        int meeting = 0;
        for (int k = 0; k < type.length; k++) {
            int m = member[k];
            long a = amount[k];
            switch (type[k]) {
                case OPEN -> {
                    meeting++;
                    for (int i = 0; i < n; i++) {
                        if (outstanding[i] > 0) {
                            if ((meeting - issuedAt[i]) % period == 0) {
                                chargesOwed[i] += (principal[i] * ratePercent + 50) / 100;
                            }
                            if (meeting > due[i] && (meeting - due[i] - 1) % period == 0) {
                                chargesOwed[i] += (outstanding[i] * penaltyPercent + 50) / 100;
                            }
                        }
                    }
                }
                case SHARES -> {
                    shares[m] += a;
                    savings[m] += a * shareValue;
                    loanFund += a * shareValue;
                }
                case SOCIAL -> socialFund += a;
                case FINE -> finesOwed[m] += a;
                case FINE_PAID -> {
                    finesOwed[m] -= a;
                    loanFund += a;
                }
                case GRANT -> socialFund -= a;
                case LOAN -> {
                    principal[m] = a;
                    outstanding[m] = a;
                    issuedAt[m] = meeting;
                    due[m] = meeting + term[k] * period;
                    loanFund -= a;
                }
                case REPAY -> {
                    long toCharges = Math.min(a, chargesOwed[m]);
                    chargesOwed[m] -= toCharges;
                    outstanding[m] -= a - toCharges;
                    loanFund += a;
                }
                case LEAVE -> {
                    long fines = Math.min(finesOwed[m], savings[m]);
                    loanFund -= savings[m] - fines;
                    finesOwed[m] = 0;
                    left[m] = true;
                }
                default -> { }
            }
        }
        // share-out: debts (unpaid fines) netted, largest remainder in cash units
        long pool = loanFund;
        long weights = 0;
        for (int i = 0; i < n; i++) {
            if (!left[i]) {
                pool += finesOwed[i];
                weights += shares[i];
            }
        }
        long[] net = new long[n];
        long[] rem = new long[n];
        long given = 0;
        long denominator = weights * cashUnit;
        for (int i = 0; i < n; i++) {
            if (!left[i]) {
                long num = pool * shares[i];
                net[i] = num / denominator * cashUnit;
                rem[i] = num % denominator;
                given += net[i];
            }
        }
        long extra = (pool - given) / cashUnit;
        for (long e = 0; e < extra; e++) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (!left[i] && rem[i] >= 0 && (best < 0 || rem[i] > rem[best]
                        || (rem[i] == rem[best] && shares[i] > shares[best]))) {
                    best = i;
                }
            }
            net[best] += cashUnit;
            rem[best] = -1;
        }
        for (int i = 0; i < n; i++) {
            if (!left[i]) {
                net[i] -= finesOwed[i];
            }
        }
        return net;
    }
}
