package vn.ansinh.partners;

/**
 * An organisation as entered in its form (the web form binds to it), before it is checked: to
 * create one, or to change one (whose code then stays: programme data files refer to it by code).
 * parentId names the organisation it is a branch of.
 */
public record OrganisationDraft(Long unitId, Long parentId, OrganisationKind kind, String code, String name,
        String shortName) {

    public static OrganisationDraft of(PartnerOrganisation organisation) {
        return new OrganisationDraft(organisation.unitId(), organisation.parentId(), organisation.kind(),
                organisation.code(), organisation.name(), organisation.shortName());
    }

    /** An empty form. */
    public static OrganisationDraft empty() {
        return new OrganisationDraft(null, null, null, null, null, null);
    }

    /** The organisation with this id and code, texts without surrounding spaces. */
    PartnerOrganisation toOrganisation(Long id, String fixedCode) {
        return new PartnerOrganisation(id, unitId, parentId, kind, fixedCode.strip(), name.strip(), shortName.strip());
    }
}
