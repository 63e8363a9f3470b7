package vn.ansinh.children;

/** A group's count as typed: the commune, the year, the group, the children and the supported. Kept as typed. */
public record SpecialCountDraft(Long unitId, String year, ChildGroup group, String children, String supported) {

    public static SpecialCountDraft empty(Long unitId, int year) {
        return new SpecialCountDraft(unitId, String.valueOf(year), null, "", "");
    }
}
