package org.avec;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a group's {@link Ledger}: an event as it was written down, with the identity the app that recorded it
 * gave it; or a correction of an earlier entry, saying who decided and why. The envelope carries what every entry
 * shares (its identity, and for a correction the entry it names, who decided and why), so that the events themselves
 * stay about what happened at the meeting.
 *
 * <p><b>The rule.</b> "An entry is never erased. A mistake is corrected by a later entry that names the entry it
 * replaces, who decided and why; an entry recorded by mistake is voided the same way. Every figure is worked out from
 * the record as corrected; the entry corrected stays in the record, and so does the correction." (Field apps fail
 * here: "an inability to correct or delete improperly entered transactions", S22; DreamSave re-opens only the last
 * meeting, S21.) The opening balances are corrected the same way.
 *
 * <p><b>Identity.</b> The identity is given by whoever records the entry (a phone's own counter, {@code "tel-A:17"}, a
 * Ledger Link row's id): avec never invents one. It survives export and import, so that the same entry recorded on two
 * phones is recognised as one entry when their records are {@linkplain Ledger#merge merged}. An identity is one line of
 * at most {@value #MAX_ID_LENGTH} characters.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Entry {

    /** The longest identity: {@value} characters. */
    public static final int MAX_ID_LENGTH = 100;

    /** What an entry does. */
    public enum Kind {
        /** An event as it was recorded at the meeting. */
        RECORDED,
        /** Replaces the event of an earlier entry. */
        CORRECTION,
        /** Voids an earlier entry: it counts for nothing (recorded by mistake). */
        VOID,
        /** Replaces the opening balances the books started from. */
        OPENING_CORRECTION
    }

    private final String id;
    private final Kind kind;
    private final Event event;
    private final Opening opening;
    private final String corrects;
    private final String decidedBy;
    private final String reason;

    private Entry(String id, Kind kind, Event event, Opening opening, String corrects, String decidedBy, String reason) {
        this.id = checkId(id, "id");
        this.kind = kind;
        this.event = event;
        this.opening = opening;
        this.corrects = corrects == null ? null : checkId(corrects, "corrects");
        this.decidedBy = decidedBy == null ? null : oneLine(decidedBy, "who decided");
        this.reason = reason == null ? null : oneLine(reason, "the reason");
    }

    private static String oneLine(String text, String what) {
        if (org.avec.internal.Compat.isBlank(text) || text.chars().anyMatch(c -> (c >= '\n' && c <= '\r') || c == 0x85 || c == 0x2028
                || c == 0x2029)) {
            throw new IllegalArgumentException("A correction says " + what + " in one line, not blank: '"
                    + SafeText.of(text) + "'");
        }
        return text;
    }

    private static String checkId(String id, String what) {
        Objects.requireNonNull(id, what);
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH || hasControl(id) || id.charAt(0) <= ' '
                || id.charAt(id.length() - 1) <= ' ') {
            throw new IllegalArgumentException("An entry's identity is one line of 1 to " + MAX_ID_LENGTH
                    + " characters without spaces at its ends: " + SafeText.of(id.length() > 40 ? id.substring(0, 40)
                    + "... (" + id.length() + " characters)" : id));
        }
        return id;
    }

    /** Whether the text holds a control character: checked for every entry read, so a loop rather than a stream. */
    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /**
     * An event as it was recorded.
     *
     * @param id the entry's identity, given by the app that recorded it, not null
     * @param event what happened, not null
     * @return the entry, never null
     * @throws IllegalArgumentException if the identity is empty, too long or not one line
     */
    public static Entry of(String id, Event event) {
        return new Entry(id, Kind.RECORDED, Objects.requireNonNull(event, "event"), null, null, null, null);
    }

    /**
     * A correction: the event of entry {@code corrects} is replaced by {@code event}, in its place in the record.
     * Correcting an entry again replaces the last correction; correcting it back to what it was undoes the mistake.
     *
     * @param id the correction's own identity, not null
     * @param corrects the identity of the entry it corrects, not null
     * @param event the event as it should have been recorded, not null
     * @param decidedBy who decided the correction (the assembly, the committee, a named member), not null
     * @param reason why, not null
     * @return the correction, never null
     */
    public static Entry correcting(String id, String corrects, Event event, String decidedBy, String reason) {
        Objects.requireNonNull(corrects, "corrects");
        return new Entry(id, Kind.CORRECTION, Objects.requireNonNull(event, "event"), null, corrects,
                Objects.requireNonNull(decidedBy, "decidedBy"), Objects.requireNonNull(reason, "reason"));
    }

    /**
     * A void: entry {@code voids} was recorded by mistake and counts for nothing.
     *
     * @param id the void's own identity, not null
     * @param voids the identity of the entry voided, not null
     * @param decidedBy who decided, not null
     * @param reason why, not null
     * @return the void, never null
     */
    public static Entry voiding(String id, String voids, String decidedBy, String reason) {
        Objects.requireNonNull(voids, "voids");
        return new Entry(id, Kind.VOID, null, null, voids, Objects.requireNonNull(decidedBy, "decidedBy"),
                Objects.requireNonNull(reason, "reason"));
    }

    /**
     * A correction of the opening balances: the books start from {@code opening} instead.
     *
     * @param id the correction's own identity, not null
     * @param opening the opening balances as they should have been entered, not null
     * @param decidedBy who decided, not null
     * @param reason why, not null
     * @return the correction, never null
     */
    public static Entry correctingOpening(String id, Opening opening, String decidedBy, String reason) {
        return new Entry(id, Kind.OPENING_CORRECTION, null, Objects.requireNonNull(opening, "opening"), null,
                Objects.requireNonNull(decidedBy, "decidedBy"), Objects.requireNonNull(reason, "reason"));
    }

    /**
     * The entry's identity.
     *
     * @return the identity, never null
     */
    public String id() {
        return id;
    }

    /**
     * What the entry does.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The event recorded, or the event a correction puts in place of the one it corrects.
     *
     * @return the event; empty for a void or a correction of the opening
     */
    public Optional<Event> event() {
        return Optional.ofNullable(event);
    }

    /**
     * The opening balances a correction of the opening puts in place.
     *
     * @return the opening; empty for the other kinds
     */
    public Optional<Opening> opening() {
        return Optional.ofNullable(opening);
    }

    /**
     * The identity of the entry a correction or a void names.
     *
     * @return the identity; empty for an entry recorded or a correction of the opening
     */
    public Optional<String> corrects() {
        return Optional.ofNullable(corrects);
    }

    /**
     * Who decided a correction or a void.
     *
     * @return who decided; empty for an entry recorded
     */
    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    /**
     * Why a correction or a void was made.
     *
     * @return the reason; empty for an entry recorded
     */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** The event, for the ledger's replay (null for a void or an opening correction). */
    Event eventOrNull() {
        return event;
    }

    /** Two entries are equal when they have the same identity and the same content. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Entry e && id.equals(e.id) && kind == e.kind && Objects.equals(event, e.event)
                && Objects.equals(opening, e.opening) && Objects.equals(corrects, e.corrects)
                && Objects.equals(decidedBy, e.decidedBy) && Objects.equals(reason, e.reason));
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, event, opening, corrects, decidedBy, reason);
    }

    /** The identity, the kind and what it holds, for example {@code Entry[tel-A:17 CORRECTION of tel-A:5 ...]}. */
    @Override
    public String toString() {
        return "Entry[" + SafeText.of(id) + " " + kind + (corrects == null ? "" : " of " + SafeText.of(corrects))
                + (event == null ? "" : " " + event) + (opening == null ? "" : " " + opening)
                + (decidedBy == null ? "" : ", decided by " + SafeText.of(decidedBy) + ": " + SafeText.of(reason)) + "]";
    }
}
