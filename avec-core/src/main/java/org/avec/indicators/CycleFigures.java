package org.avec.indicators;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.avec.Cycle;
import org.avec.Event;
import org.avec.LoanStatement;
import org.avec.MemberAccount;
import org.avec.MemberId;
import org.avec.Profile;
import org.avec.internal.Amounts;

import static org.avec.indicators.Indicators.*;

/**
 * Reads a group's data items from its cycle: the members and their attendance from the events and the member
 * accounts, the boxes from the cycle's totals, the loans from their statements. The formulas on the data items are in
 * {@link Indicators}.
 */
final class CycleFigures {

    private CycleFigures() {}

    /** An amount of the cycle, always whole in its minor unit. */
    private static long minor(javax.money.MonetaryAmount amount) {
        return Amounts.minor(amount, "an amount of the cycle");
    }

    static Indicators read(Cycle cycle, Settings settings) {
        javax.money.CurrencyUnit currency = cycle.constitution().currency();
        long[] x = new long[ITEMS.length];
        x[GROUPS] = 1;
        x[AT_START] = cycle.founders().size();
        int now = cycle.meeting();
        int firstRecent = Math.max(1, now - settings.attendanceMeetings() + 1);
        Map<Integer, Set<MemberId>> attended = new HashMap<>();
        Map<Integer, Set<MemberId>> represented = new HashMap<>();
        // the meetings at which attendance was taken at all: at the others it is not recorded, not zero
        Set<Integer> taken = new HashSet<>();
        LocalDate first = null;
        for (Event e : cycle.events()) {
            if (e instanceof Event.MemberJoined) {
                x[JOINED]++;
            } else if (e instanceof Event.MeetingOpened o && o.meeting() == 1) {
                first = o.date();
            } else if (e instanceof Event.Attendance a && a.meeting() >= firstRecent) {
                taken.add(a.meeting());
                if (a.presence() != Event.Presence.ABSENT) {
                    (a.presence() == Event.Presence.REPRESENTED ? represented : attended)
                            .computeIfAbsent(a.meeting(), m -> new HashSet<>()).add(a.member());
                }
            }
        }
        int year = cycle.date() == null ? 0 : cycle.date().getYear();
        for (MemberAccount a : cycle.members()) {
            for (int m = firstRecent; m <= now; m++) {
                if (taken.contains(m) && a.joinedAt() <= m && (a.isActive() || a.leftAt() >= m)) {
                    boolean came = attended.getOrDefault(m, Set.of()).contains(a.id());
                    x[EXPECTED_RECENT]++;
                    x[PRESENT_RECENT] += came ? 1 : 0;
                    x[EXPECTED_LAST] += m == now ? 1 : 0;
                    x[PRESENT_LAST] += m == now && came ? 1 : 0;
                    boolean sent = represented.getOrDefault(m, Set.of()).contains(a.id());
                    x[REPRESENTED_RECENT] += sent ? 1 : 0;
                    x[REPRESENTED_LAST] += m == now && sent ? 1 : 0;
                }
            }
            if (!a.isActive()) {
                x[LEFT]++;
                continue;
            }
            Profile p = a.profile();
            x[MEMBERS]++;
            x[WOMEN] += p.sex().filter(s -> s == Profile.Sex.FEMALE).isPresent() ? 1 : 0;
            x[MEN] += p.sex().filter(s -> s == Profile.Sex.MALE).isPresent() ? 1 : 0;
            x[YOUTH] += year > 0 && p.isYoungIn(year, settings.youthMaxAge()) ? 1 : 0;
            x[SAVINGS] += minor(a.savings());
        }
        x[CASH] = minor(cycle.loanFund());
        org.avec.Balance balance = cycle.balance();
        x[BEYOND_BOX] = x[CASH] - minor(balance.cash().get(org.avec.Constitution.BOX));
        x[PROPERTY] = minor(balance.propertyTotal());
        x[LIABILITIES] = minor(balance.liabilities());
        x[SOCIAL_LOANS] = minor(balance.socialFund()) - minor(cycle.socialFund());
        x[OUTSTANDING] = minor(cycle.loansOutstanding());
        x[SOCIAL] = minor(cycle.socialFund());
        // what the group held when the cycle began is not its profit: the capital carried in, and the property it held
        x[CARRIED] = minor(cycle.carriedCapital());
        for (javax.money.MonetaryAmount held : cycle.opening().property().values()) {
            x[CARRIED] += minor(held);
        }
        Set<MemberId> borrowers = new HashSet<>();
        SortedMap<String, long[]> sectors = new TreeMap<>();
        for (LoanStatement l : cycle.loans()) {
            long principal = minor(l.principal());
            x[LOANS]++;
            x[DISBURSED] += principal;
            borrowers.add(l.member());
            if (l.status() == LoanStatement.Status.WRITTEN_OFF) {
                x[WRITTEN_OFF]++;
            }
            x[WRITTEN_OFF_VALUE] += minor(l.principalWrittenOff());
            long outstanding = minor(l.principalOutstanding());
            if (l.status() == LoanStatement.Status.OPEN && outstanding > 0) {
                x[ORIGINAL] += principal;
                x[AT_RISK] += l.daysLate() > settings.parDays() ? outstanding : 0;
            }
            if (l.purpose().isIncomeGenerating()) {
                x[AGR]++;
                long[] s = sectors.computeIfAbsent(l.purpose().sector(), k -> new long[2]);
                s[0]++;
                s[1] += principal;
            }
        }
        x[BORROWERS] = borrowers.size();
        long days = first == null || cycle.date() == null ? 0 : ChronoUnit.DAYS.between(first, cycle.date());
        return ofItems(currency, x, days, sectors);
    }
}
