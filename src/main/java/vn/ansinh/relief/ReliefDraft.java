package vn.ansinh.relief;

/** Relief as typed: the affected household, the giver, the day, rice ("12,5"), money ("500.000") and goods. */
public record ReliefDraft(Long affectedId, String giver, String givenOn, String riceKg, String money, String goods) {

    public static ReliefDraft empty() {
        return new ReliefDraft(null, "", "", "", "", "");
    }
}
