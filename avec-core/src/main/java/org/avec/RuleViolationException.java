package org.avec;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when an event or a request breaks a rule of the group's constitution or of the methodology.
 * It names the {@linkplain #rule() rule}, the {@linkplain #meeting() meeting} and, where there is one,
 * the {@linkplain #member() member}; its message gives the amounts involved.
 *
 * <p>The value the event was offered to is never changed: avec values are immutable, and a refused event
 * produces no new value.
 */
public final class RuleViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The rule broken. */
    private final Rule rule;
    /** The meeting at which it was broken. */
    private final int meeting;
    private final transient MemberId member;
    /** What happened, with the amounts. */
    private final String detail;
    /** The entry of a {@link Ledger} that was refused, or null. */
    private final String entry;
    /** Where the refused event stood in the batch being recorded (set by the recorder), or -1. */
    transient int position = -1;

    /**
     * Creates the exception.
     *
     * @param rule the rule broken, not null
     * @param meeting the meeting at which it was broken (0 before the first meeting)
     * @param member the member concerned, or null if none
     * @param detail what happened, with the amounts, not null
     */
    public RuleViolationException(Rule rule, int meeting, MemberId member, String detail) {
        this(rule, meeting, member, detail, null);
    }

    private RuleViolationException(Rule rule, int meeting, MemberId member, String detail, String entry) {
        super((entry == null ? "" : "entry '" + SafeText.of(entry) + "': ") + message(rule, meeting, member, detail));
        this.rule = rule;
        this.meeting = meeting;
        this.member = member;
        this.detail = detail;
        this.entry = entry;
    }

    /** The same refusal, naming the ledger's entry that was refused, with {@code why} added to the detail. */
    RuleViolationException naming(String entryId, String why) {
        return new RuleViolationException(rule, meeting, member, detail + why, entryId);
    }

    private static String message(Rule rule, int meeting, MemberId member, String detail) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detail, "detail");
        return rule + " (" + rule.words() + "), meeting " + meeting + (member == null ? "" : ", member " + member)
                + ": " + detail;
    }

    /**
     * The rule that was broken.
     *
     * @return the rule, never null
     */
    public Rule rule() {
        return rule;
    }

    /**
     * The meeting at which the rule was broken, 0 if before the first meeting.
     *
     * @return the meeting number
     */
    public int meeting() {
        return meeting;
    }

    /**
     * The message without the entry's identity: the rule, its words, the meeting, the member and what happened. The
     * same as {@link #getMessage()} for a refusal that names no entry.
     *
     * @return the message, never null
     */
    public String ruleMessage() {
        return message(rule, meeting, member, detail);
    }

    /**
     * The identity of the {@link Ledger} entry that was refused (an entry recorded, or an earlier entry that a
     * correction would make break a rule), if the refusal came from a ledger.
     *
     * @return the entry's identity, or empty
     */
    public Optional<String> entry() {
        return Optional.ofNullable(entry);
    }

    /**
     * The member concerned, if there is one.
     *
     * @return the member, or empty
     */
    public Optional<MemberId> member() {
        return Optional.ofNullable(member);
    }
}
