package vn.ansinh.gratitude;

/**
 * A gratitude house as typed: the commune, built or repaired, the head's name and village, the code of the household
 * in the commune's register (none: not linked), the cost ("60.000.000"), the source of funds and the day handed over ("05/03/2025"). Kept as typed.
 */
public record HouseDraft(Long unitId, HouseKind kind, String headName, String village, String householdCode, String cost,
        String source, String handedOverOn) {

    public static HouseDraft empty(Long unitId) {
        return new HouseDraft(unitId, null, "", "", "", "", "", "");
    }
}
