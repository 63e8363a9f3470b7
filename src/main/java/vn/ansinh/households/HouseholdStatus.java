package vn.ansinh.households;

import vn.ansinh.poverty.Classification;

/**
 * A household's status in a year: its classification and, for a poor household, its group of
 * Biểu 2 and, when it cannot exit, why. The rules are here: a poor household has a group; one that
 * cannot exit has a reason; any other household has neither.
 */
public record HouseholdStatus(int year, Classification classification, PoorCategory category,
        CannotExitReason reason, String note) {

    /** The message key of what is wrong with the status, or null when it is right. */
    public String problem() {
        if (classification == null) {
            return "household.status.classification.missing";
        }
        if (classification != Classification.POOR) {
            return category != null || reason != null ? "household.status.notPoorWithCategory" : null;
        }
        if (category == null) {
            return "household.status.category.missing";
        }
        if (category == PoorCategory.CANNOT_EXIT) {
            return reason == null ? "household.status.reason.missing" : null;
        }
        return reason != null ? "household.status.reason.notCannotExit" : null;
    }

    /** The registry measures this status counts in: households always, then its classification and group. */
    public java.util.List<RegistryMeasure> measures() {
        java.util.List<RegistryMeasure> measures = new java.util.ArrayList<>();
        measures.add(RegistryMeasure.HOUSEHOLDS);
        switch (classification) {
            case POOR -> {
                measures.add(RegistryMeasure.POOR);
                measures.add(category == PoorCategory.CAN_EXIT ? RegistryMeasure.POOR_CAN_EXIT
                        : RegistryMeasure.POOR_CANNOT_EXIT);
            }
            case NEAR_POOR -> measures.add(RegistryMeasure.NEAR_POOR);
            case MEDIUM -> measures.add(RegistryMeasure.MEDIUM);
            default -> {
            }
        }
        return measures;
    }
}
