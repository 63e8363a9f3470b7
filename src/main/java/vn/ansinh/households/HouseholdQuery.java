package vn.ansinh.households;

import java.util.Collection;
import java.util.List;

import vn.ansinh.poverty.Classification;

/**
 * Which households of the register to list, and in what order: those of the units, with their status in
 * the year, narrowed by village, by classification (or by having none), by a search text — a name of the
 * head or any member, a household code, or a citizen ID, matched exactly on its digits — and, within a
 * review round, by whether an outcome is recorded. The review lists poor and near-poor households first.
 */
public record HouseholdQuery(List<Long> unitIds, int year, String village, Classification classification,
        boolean unclassified, String text, Long roundId, Boolean reviewed, boolean poorFirst) {

    public HouseholdQuery {
        unitIds = List.copyOf(unitIds);
        village = blankless(village);
        text = blankless(text);
    }

    /** Every household of the units, by code. */
    public static HouseholdQuery of(Collection<Long> unitIds, int year) {
        return new HouseholdQuery(List.copyOf(unitIds), year, null, null, false, null, null, null, false);
    }

    /** The same query over other units (those of them a user may read). */
    public HouseholdQuery inUnits(List<Long> units) {
        return new HouseholdQuery(units, year, village, classification, unclassified, text, roundId, reviewed, poorFirst);
    }

    public HouseholdQuery inVillage(String name) {
        return new HouseholdQuery(unitIds, year, name, classification, unclassified, text, roundId, reviewed, poorFirst);
    }

    /** Only households of this classification in the year; with none, those without a status (unclassified). */
    public HouseholdQuery classified(Classification chosen, boolean none) {
        return new HouseholdQuery(unitIds, year, village, chosen, none, text, roundId, reviewed, poorFirst);
    }

    public HouseholdQuery matching(String search) {
        return new HouseholdQuery(unitIds, year, village, classification, unclassified, search, roundId, reviewed,
                poorFirst);
    }

    /** Within the round, poor and near-poor first; reviewed: only those with (true) or without (false) an outcome. */
    public HouseholdQuery forReview(long round, Boolean withOutcome) {
        return new HouseholdQuery(unitIds, year, village, classification, unclassified, text, round, withOutcome, true);
    }

    /** The same households unnarrowed: every one of the units (within the round, if any). */
    public HouseholdQuery unfiltered() {
        return new HouseholdQuery(unitIds, year, null, null, false, null, roundId, null, poorFirst);
    }

    public boolean filtered() {
        return village != null || classification != null || unclassified || text != null || reviewed != null;
    }

    /** The search text's digits when it reads as a citizen ID (digits, spaces and dots only); otherwise null. */
    public String citizenId() {
        if (text == null || !text.matches("[\\d\\s.]+")) {
            return null;
        }
        return text.replaceAll("[\\s.]", "");
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
