package vn.ansinh.apportionment.web;

/**
 * The apportionment form as sent: mode "communes" (target, base, whole) or "organisations" (table,
 * commune, base, whole). whole is the text typed ("1.200" or "1200"); null until the user asks for a preview.
 * wholeFor names what the whole was shown for (see {@link #subject()}): a whole typed or offered for one
 * target or commune is never split for another one chosen since.
 */
record ApportionmentForm(String mode, String target, String base, String whole, String table, Long commune,
        String wholeFor) {

    static final String COMMUNES = "communes";
    static final String ORGANISATIONS = "organisations";

    ApportionmentForm {
        mode = ORGANISATIONS.equals(mode) ? ORGANISATIONS : COMMUNES;
        base = base == null || base.isBlank() ? "equal" : base;
    }

    public boolean communes() {
        return COMMUNES.equals(mode);
    }

    /** What the whole is the whole of: the target column, or the table and commune. */
    public String subject() {
        return communes() ? mode + ":" + target : mode + ":" + table + ":" + commune;
    }

    /** Whether the whole was given for another target or commune than the one chosen now. */
    boolean wholeIsStale() {
        return wholeFor != null && !wholeFor.equals(subject());
    }

    public boolean previewAsked() {
        return whole != null;
    }

    ApportionmentForm withTarget(String target) {
        return new ApportionmentForm(mode, target, base, whole, table, commune, wholeFor);
    }

    ApportionmentForm withPlace(String table, Long commune) {
        return new ApportionmentForm(mode, target, base, whole, table, commune, wholeFor);
    }

    ApportionmentForm withWhole(String whole) {
        return new ApportionmentForm(mode, target, base, whole, table, commune, subject());
    }
}
