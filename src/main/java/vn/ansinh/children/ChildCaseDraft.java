package vn.ansinh.children;

/** A case as typed: the commune, the day ("05/03/2025"), the kind, the age, the sex and how it was handled. */
public record ChildCaseDraft(Long unitId, String occurredOn, CaseKind kind, String age, Sex sex, String handling) {

    public static ChildCaseDraft empty(Long unitId) {
        return new ChildCaseDraft(unitId, "", null, "", null, "");
    }
}
