package vn.ansinh.accounts;

/** What a user may do; each role a user holds is scoped to a unit or an organisation, or (administrator, data
 * protection officer) to the whole office. */
public enum Role {
    /** Administrator of the coordinating office: everything, and user management. */
    ADMIN,
    /** Commune officer: reads and enters the figures of their units. */
    COMMUNE_OFFICER,
    /** Organisation officer: their organisation's and its branches' figures. */
    ORGANISATION_OFFICER,
    /** Viewer: reads their units' figures, changes nothing. */
    VIEWER,
    /**
     * Data protection officer (Law 91/2025): reads the personal-data access log and the retention dry run, for the
     * whole office; scoped to nothing, reads no unit's figures and changes nothing.
     */
    DATA_PROTECTION_OFFICER;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean needsUnit() {
        return this == COMMUNE_OFFICER || this == VIEWER;
    }

    public boolean needsOrganisation() {
        return this == ORGANISATION_OFFICER;
    }
}
