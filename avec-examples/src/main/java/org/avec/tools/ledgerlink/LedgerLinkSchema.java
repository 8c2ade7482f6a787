package org.avec.tools.ledgerlink;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables and columns of a Ledger Link database that avec reads, with their SQLite types, as facts for
 * interoperability (Grameen Foundation's Ledger Link Android app, database version 65; repository
 * capitoj/LedgerLink-Mobile-App at commit f829b4f, which has no licence: only the table and column names are taken,
 * and this DDL is avec's own). {@code I} INTEGER, {@code N} NUMERIC, {@code T} TEXT; every table's key is {@code _id}.
 *
 * <p>The group's pass key, the phones' IMEI and the members' phone numbers are in tables and columns avec never
 * reads ({@code VslaInfo}, {@code FinancialInstitution}, {@code Members.PhoneNo}): the reader selects only the columns
 * listed here.
 */
final class LedgerLinkSchema {

    private LedgerLinkSchema() {}

    /** The columns avec reads, by table, each with its type letter; the key {@code _id} is not listed. */
    static final Map<String, Map<String, String>> TABLES = new LinkedHashMap<>();

    /** Columns added by later versions of the app (2018-09 to 2019-12): an older database may lack them. */
    static final List<String> LATER = List.of("VslaCycles.TypeOfInterest", "Meetings.LoanFromBank",
            "Meetings.BankLoanRepayment");

    /** Tables added by later versions of the app: an older database may lack them. */
    static final List<String> LATER_TABLES = List.of("Welfare", "OutstandingWelfare");

    private static void table(String name, String... columns) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String c : columns) {
            int colon = c.indexOf(':');
            m.put(c.substring(0, colon), c.substring(colon + 1));
        }
        TABLES.put(name, m);
    }

    static {
        table("VslaCycles", "CycleCode:T", "StartDate:T", "EndDate:T", "SharePrice:N", "MaxShareQuantity:N",
                "MaxStartShare:N", "InterestRate:N", "IsActive:I", "IsEnded:I", "DateEnded:T", "SharedAmount:N",
                "InterestAtSetup:N", "FinesAtSetup:N", "TypeOfInterest:T");
        table("Meetings", "CycleId:I", "MeetingDate:T", "IsStartOfCycle:I", "IsEndOfCycle:I", "IsCurrent:I",
                "CashFromBox:N", "CashFromBank:N", "LoanTopUps:N", "CashFines:N", "CashWelfare:N", "CashExpenses:N",
                "CashSavedBox:N", "CashSavedBank:N", "IsGettingStartedWizard:I", "IsMarkedForDeletion:I",
                "LoanFromBank:N", "BankLoanRepayment:N");
        table("Members", "MemberNo:N", "Surname:T", "OtherNames:T", "Gender:T", "DateOfBirth:T", "DateJoined:T",
                "DateLeft:T", "HasLeft:I", "SavingsAtRegistration:N", "LoanBalanceAtRegistration:N");
        table("Attendance", "MeetingId:I", "MemberId:I", "IsPresent:I");
        table("Savings", "MeetingId:I", "MemberId:I", "Amount:N");
        table("Welfare", "MeetingId:I", "MemberId:I", "Amount:N");
        table("OutstandingWelfare", "MeetingId:I", "MemberId:I", "Amount:I", "IsCleared:I", "PaidInMeetingId:I");
        table("LoanIssues", "LoanNo:I", "MeetingId:I", "MemberId:I", "PrincipalAmount:N", "InterestAmount:N",
                "Balance:N", "DateDue:T", "TotalRepaid:N", "IsDefaulted:I", "IsCleared:I", "IsWrittenOff:I");
        table("LoanRepayments", "LoanId:I", "MemberId:I", "MeetingId:I", "Amount:N", "BalanceBefore:N",
                "BalanceAfter:N", "InterestAmount:N", "RollOverAmount:N");
        table("Fines", "MeetingId:I", "MemberId:I", "FineTypeId:I", "Amount:N", "IsDeleted:I", "IsCleared:I",
                "PaidInMeetingId:I");
    }

    /**
     * Creates the tables (for fixtures and tests): avec's own DDL from the column list above, every column but the key
     * of the type Ledger Link gives it, no foreign keys, indexes or triggers (Ledger Link has none), and the tables
     * avec does not read with the columns it is sure never to read ({@code VslaInfo.PassKey}, {@code Members.PhoneNo}),
     * so that a test can show they stay unread.
     *
     * @param db an open connection
     * @param older true for a database of before 2018-09: without the later tables and columns
     * @throws SQLException if SQLite refuses
     */
    static void create(Connection db, boolean older) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (Map.Entry<String, Map<String, String>> t : TABLES.entrySet()) {
                if (older && LATER_TABLES.contains(t.getKey())) {
                    continue;
                }
                StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(t.getKey())
                        .append(" (_id INTEGER PRIMARY KEY AUTOINCREMENT");
                t.getValue().forEach((c, type) -> {
                    if (!(older && LATER.contains(t.getKey() + "." + c))) {
                        ddl.append(", ").append(c).append(type.equals("I") ? " INTEGER" : type.equals("N") ? " NUMERIC"
                                : " TEXT");
                    }
                });
                if (t.getKey().equals("Members")) {
                    ddl.append(", PhoneNo TEXT");
                }
                s.executeUpdate(ddl.append(')').toString());
            }
            s.executeUpdate("CREATE TABLE VslaInfo (_id INTEGER PRIMARY KEY AUTOINCREMENT, VslaCode TEXT, VslaName TEXT,"
                    + " PassKey TEXT)");
        }
    }
}
