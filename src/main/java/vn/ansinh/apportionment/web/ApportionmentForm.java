package vn.ansinh.apportionment.web;

/**
 * The apportionment form as sent: mode "communes" (target, base, whole) or "organisations" (table,
 * commune, base, whole). whole is the text typed ("1.200" or "1200"); null until the user asks for a preview.
 */
record ApportionmentForm(String mode, String target, String base, String whole, String table, Long commune) {

    static final String COMMUNES = "communes";
    static final String ORGANISATIONS = "organisations";

    ApportionmentForm {
        mode = ORGANISATIONS.equals(mode) ? ORGANISATIONS : COMMUNES;
        base = base == null || base.isBlank() ? "equal" : base;
    }

    public boolean communes() {
        return COMMUNES.equals(mode);
    }

    public boolean previewAsked() {
        return whole != null;
    }

    ApportionmentForm withTarget(String target) {
        return new ApportionmentForm(mode, target, base, whole, table, commune);
    }

    ApportionmentForm withPlace(String table, Long commune) {
        return new ApportionmentForm(mode, target, base, whole, table, commune);
    }

    ApportionmentForm withWhole(String whole) {
        return new ApportionmentForm(mode, target, base, whole, table, commune);
    }
}
