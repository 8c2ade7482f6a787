package org.avec;

/**
 * Meetings and attendance. "Meetings are held in order, on later and later dates, and no meeting is held after
 * the share-out; each member's attendance is taken once per meeting; a new member joins at a meeting; the cash
 * counted in each box must equal what the records say."
 */
final class Meetings {

    private Meetings() {}

    /** Opens the next meeting, closes the last one's totals, and lets the service charges fall due. */
    static void open(Books b, Event.MeetingOpened o) {
        int n = b.constitution.meetings();
        if (o.meeting() != b.meeting + 1) {
            throw b.refuse(Rule.MEETING_ORDER, null, "the next meeting is " + (b.meeting + 1) + ", not " + o.meeting());
        }
        if (o.meeting() > n) {
            throw b.refuse(Rule.MEETING_ORDER, null, "the cycle has " + n + " meetings; meeting " + o.meeting()
                    + " is after the share-out");
        }
        if (b.date != null && !o.date().isAfter(b.date)) {
            throw b.refuse(Rule.MEETING_ORDER, null, "meeting " + o.meeting() + " on " + o.date()
                    + " is not after meeting " + b.meeting + " on " + b.date);
        }
        if (b.current != null && b.keepsMeetings) {
            b.closeTotals();
            b.pastMeetings = b.pastMeetings.with(b.current);
        }
        if (b.date == null) {
            // the first date the books know: the members of the opening are checked against it
            for (Account a : b.accounts) {
                checkBirth(b, a.id, a.profile, o.date(), o.meeting());
            }
        }
        b.meeting = o.meeting();
        b.date = o.date();
        if (b.keepsMeetings || b.current == null) {
            b.current = new MeetingTotals(b.meeting, b.date);
        }
        b.current.loanFundAtStart = b.loanFund;
        b.current.socialFundAtStart = b.socialFund;
        Charges.assess(b);
    }

    /** A new member joins: "each member joins once". */
    static void join(Books b, Event.MemberJoined j) {
        if (b.table.position(j.member()) >= 0) {
            throw b.refuse(Rule.MEMBER_ALREADY_JOINED, j.member(), "a member with id '" + j.member() + "' joined already");
        }
        checkBirth(b, j.member(), j.profile(), b.date, b.meeting);
        b.add(new Account(j.member(), j.name(), j.profile(), b.meeting));
    }

    /** The most years a member's year of birth may be before the meeting: 120. */
    static final int OLDEST = 120;

    /** "A member is born before the year of the meeting she takes part in, and not more than 120 years before it." */
    private static void checkBirth(Books b, MemberId id, Profile p, java.time.LocalDate date, int meeting) {
        int born = p.birthYearOrZero();
        if (date == null || born == 0) {
            return;
        }
        int year = date.getYear();
        if (born > year || born < year - OLDEST) {
            throw new RuleViolationException(Rule.MEMBER_PROFILE, meeting, id, "born in " + born + ", but meeting "
                    + meeting + " is in " + year + ": a year of birth is from " + (year - OLDEST) + " to " + year);
        }
    }

    /** Takes a member's attendance, once per meeting. */
    static void attend(Books b, Event.Attendance at) {
        int i = b.active(at.member());
        if (b.accounts[i].lastAttendanceMeeting == b.meeting) {
            throw b.refuse(Rule.ATTENDANCE_ONCE, at.member(), "attendance was already taken for this member at this meeting");
        }
        Account a = b.writable(i);
        a.lastAttendanceMeeting = b.meeting;
        a.lastPresence = at.presence();
        switch (at.presence()) {
            case PRESENT -> {
                a.present++;
                b.current.present++;
            }
            case LATE -> {
                a.late++;
                b.current.late++;
            }
            case REPRESENTED -> {
                a.represented++;
                b.current.represented++;
            }
            default -> {
                a.absent++;
                b.current.absent++;
            }
        }
    }

    /**
     * The cash counted in both boxes must equal the records: the loan fund's cash in the box (what is kept at a bank or
     * in a wallet is checked with {@link Event.PlaceCounted}) and the social fund.
     */
    static void countCash(Books b, Event.CashCounted c) {
        MinorUnits.requireCurrency(b.currency, c.currency(), c.loanFundMinor(), b.meeting, null,
                "the cash counted in the loan fund");
        MinorUnits.requireCurrency(b.currency, c.socialCurrency(), c.socialFundMinor(), b.meeting, null,
                "the cash counted in the social fund");
        long lf = c.loanFundMinor();
        long sf = c.socialFundMinor();
        long box = b.boxCash();
        if (lf != box || sf != b.socialFund) {
            throw b.refuse(Rule.CASH_COUNT, null, "counted " + b.fmt(lf) + " in the loan fund and " + b.fmt(sf)
                    + " in the social fund, but the records say " + b.fmt(box) + " and " + b.fmt(b.socialFund)
                    + " (differences " + b.fmt(lf - box) + " and " + b.fmt(sf - b.socialFund) + ")"
                    + (b.placesTotal == 0 ? "" : "; the box holds the loan fund but the " + b.fmt(b.placesTotal)
                            + " kept at the other places"));
        }
    }
}
