/**
 * avec: the rules of AVEC / VSLA savings groups (shares, loan fund, social fund, service charges and
 * share-out), exact to the minor unit.
 */
module org.avec {
    requires transitive java.money;
    requires org.javamoney.moneta;

    exports org.avec;
}
