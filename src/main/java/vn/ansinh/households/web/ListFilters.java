package vn.ansinh.households.web;

import java.util.List;

import vn.ansinh.households.HouseholdQuery;
import vn.ansinh.poverty.Classification;

/** The filters of a household list as its links carry them: a classification of the year, or NONE for none. */
final class ListFilters {

    static final String NONE = "NONE";

    /** What the status filter offers: every classification, then "not classified". */
    static final List<String> STATUSES = List.of("POOR", "NEAR_POOR", "MEDIUM", "NOT_POOR", NONE);

    private ListFilters() {
    }

    /** The filters as chosen, for the page to show them chosen: village, status, search text, review state. */
    record Chosen(String village, String status, String text, String state) {
    }

    /** The query narrowed to the status; an unknown one narrows nothing. */
    static HouseholdQuery classified(HouseholdQuery query, String status) {
        if (NONE.equals(status)) {
            return query.classified(null, true);
        }
        return status != null && STATUSES.contains(status) ? query.classified(Classification.valueOf(status), false) : query;
    }
}
