package vn.ansinh.support;

/**
 * For tests of the real history of the seed's units: the test profile loads the 2019 programme alone (most tests
 * import it again for imagined later years with the same communes); this property loads what followed it too, as
 * ansinh does outside tests (Cam An and Cam Thanh merged into Thanh An on 01/01/2020).
 */
public final class RealHistory {

    public static final String SEED_FOLLOW_UPS = "ansinh.intake.seed.follow-ups=classpath:seed/cam-lo-2020-thanh-an.yaml";

    private RealHistory() {
    }
}
