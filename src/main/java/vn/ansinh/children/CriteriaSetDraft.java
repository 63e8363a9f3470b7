package vn.ansinh.children;

/**
 * A later criteria set as an administrator types it: the day it takes effect ("01/01/2026"), its legal basis, and its
 * criteria one a line as «code | tên tiếng Việt | English name». Kept as typed when refused.
 */
public record CriteriaSetDraft(String validFrom, String legalBasis, String criteria) {

    public static CriteriaSetDraft empty() {
        return new CriteriaSetDraft("", "", "");
    }
}
