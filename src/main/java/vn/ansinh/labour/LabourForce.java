package vn.ansinh.labour;

/**
 * A commune's labour force on a day, counted from its person list: of working age, and of those the
 * employed, the skilled without a certificate and the untrained (not employed = working age − employed).
 */
public record LabourForce(long unitId, long people, long workingAge, long employed, long skilledWithoutCertificate,
        long untrained) {

    /** The count of a measure by its name in the configuration (ansinh.labour.force). */
    public long of(ForceMeasure measure) {
        return switch (measure) {
            case WORKING_AGE -> workingAge;
            case EMPLOYED -> employed;
            case NOT_EMPLOYED -> workingAge - employed;
            case SKILLED_WITHOUT_CERTIFICATE -> skilledWithoutCertificate;
            case UNTRAINED -> untrained;
        };
    }

    /** What the labour force counts. */
    public enum ForceMeasure {
        WORKING_AGE,
        EMPLOYED,
        NOT_EMPLOYED,
        SKILLED_WITHOUT_CERTIFICATE,
        UNTRAINED
    }
}
