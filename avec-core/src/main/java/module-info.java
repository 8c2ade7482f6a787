/**
 * avec: the rules of AVEC / VSLA savings groups (shares, loan fund, social fund, service charges and
 * share-out), exact to the minor unit.
 */
module org.avec {
    requires transitive java.money;
    // every example of avec makes amounts with Moneta's Money: a module that requires org.avec reads it too
    requires transitive org.javamoney.moneta;

    exports org.avec;
    exports org.avec.indicators;
}
