package vn.ansinh.responsibility;

import vn.ansinh.shared.Domain;

/**
 * A period of responsibility as the administrator's form sends it, before it is checked: days as dd/mm/yyyy or
 * yyyy-mm-dd, validTo blank for «until further notice», indicatorCode blank for the whole domain.
 */
public record ResponsibilityDraft(Domain domain, String indicatorCode, String departmentCode, String departmentName,
        String departmentNameEn, String validFrom, String validTo, String legalBasis) {

    public static ResponsibilityDraft empty() {
        return new ResponsibilityDraft(null, "", "", "", "", "", "", "");
    }
}
