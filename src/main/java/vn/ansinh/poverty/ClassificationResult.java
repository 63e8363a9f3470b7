package vn.ansinh.poverty;

/** A classification under the standard valid in the year asked, with why. */
public record ClassificationResult(PovertyStandard standard, PovertyDecision decision) {

    public Classification classification() {
        return decision.classification();
    }
}
