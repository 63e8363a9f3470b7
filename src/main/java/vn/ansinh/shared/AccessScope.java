package vn.ansinh.shared;

import java.util.Set;

/**
 * What a user may see and change. Unrestricted for administrators; otherwise the units whose rows
 * the user may read (their assigned units with every unit below them) and may write, and — for an
 * organisation officer — the organisations whose figures they may see (null: every organisation).
 * Queries take the scope and leave out what it excludes; hiding a link is not enforcement.
 */
public record AccessScope(boolean unrestricted, Set<Long> readableUnits, Set<Long> writableUnits,
        Set<Long> organisations, boolean personalData) {

    public AccessScope {
        readableUnits = Set.copyOf(readableUnits);
        writableUnits = Set.copyOf(writableUnits);
        organisations = organisations == null ? null : Set.copyOf(organisations);
    }

    public static AccessScope everything() {
        return new AccessScope(true, Set.of(), Set.of(), null, true);
    }

    public static AccessScope nothing() {
        return new AccessScope(false, Set.of(), Set.of(), Set.of(), false);
    }

    /** The same scope with personal data masked: a page shown before the user has said why they look. */
    public AccessScope withoutPersonalData() {
        return new AccessScope(unrestricted, readableUnits, writableUnits, organisations, false);
    }

    public boolean canRead(long unitId) {
        return unrestricted || readableUnits.contains(unitId);
    }

    public boolean canWrite(long unitId) {
        return unrestricted || writableUnits.contains(unitId);
    }

    /**
     * Whether the user enters a commune's data at all (households, labour records, figures of Biểu 1–3):
     * the pages for it and the links to them follow this one rule.
     */
    public boolean writesAnyUnit() {
        return unrestricted || !writableUnits.isEmpty();
    }

    /** An organisation's own figures (its periodic report): administrators and the organisation's officers. */
    public boolean canWriteOrganisation(long organisationId) {
        return unrestricted || (organisations != null && organisations.contains(organisationId));
    }

    /** Figures that belong to no organisation are visible with their unit; others need the organisation. */
    public boolean canSeeOrganisation(Long organisationId) {
        return unrestricted || organisationId == null || organisations == null || organisations.contains(organisationId);
    }

    /** Whether every one of these units is readable: then totals over them are the user's to see. */
    public boolean canReadAll(java.util.Collection<Long> unitIds) {
        return unrestricted || readableUnits.containsAll(unitIds);
    }
}
