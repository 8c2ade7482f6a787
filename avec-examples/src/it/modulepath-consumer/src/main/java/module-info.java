/** A consumer module that requires org.avec only: Moneta's Money is readable through it (requires transitive). */
module example {
    requires org.avec;
}
