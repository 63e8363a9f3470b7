package vn.ansinh.shared;

/** What showed personal data unmasked; shown as {@code privacy.action.<NAME>}. */
public enum PersonalDataAction {
    /** A household's page with its phone and members' citizen IDs. */
    HOUSEHOLD_VIEW,
    /** A page of a unit's household list, with the phones. */
    HOUSEHOLD_LIST,
    /** A household's correction form, its members' citizen IDs and the phone in full. */
    HOUSEHOLD_EDIT,
    /** A labour record's correction form, with the worker's citizen ID in full. */
    LABOUR_RECORD_EDIT,
    /** A unit's household list downloaded as XLSX. */
    HOUSEHOLD_EXPORT,
    /** Everything held about one citizen ID, on the page. */
    SUBJECT_VIEW,
    /** Everything held about one citizen ID, downloaded as XLSX. */
    SUBJECT_EXPORT,
    /** A household with its members' citizen IDs and phone, read through the API. */
    API_HOUSEHOLD,
    /** A unit's households with phones and citizen IDs, read through the API. */
    API_HOUSEHOLD_LIST,
    /** A unit's labour records with the workers' citizen IDs, read through the API. */
    API_LABOUR_RECORDS,
    /** A commune's register of allowances with the groups that tell a beneficiary's health (disability, HIV). */
    ALLOWANCE_REGISTER
}
