package org.avec.tools;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * For the examples, which are applications: Moneta announces at INFO, the first time its {@code Money} class is
 * used, the default precision that its own bundled {@code javamoney.properties} sets ("Using custom MathContext:
 * precision=256, roundingMode=HALF_EVEN"). avec-core does not touch logging; an application that does not want the
 * line sets Moneta's logger to WARNING, as the examples do here. The logger is kept in a static field:
 * {@code java.util.logging} holds loggers weakly, and a level set on a logger nobody keeps is lost at the next GC.
 */
public final class QuietMoneta {

    private static final Logger MONETA = Logger.getLogger("org.javamoney.moneta");

    private QuietMoneta() {}

    /** Hides Moneta's INFO lines for the rest of the run. */
    public static void please() {
        MONETA.setLevel(Level.WARNING);
    }
}
