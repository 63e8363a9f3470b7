package vn.ansinh.audit.web;

import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

import vn.ansinh.audit.AuditFilter;

/** The link that keeps the filter: the CSV of the same list (the pages are the shared pager's). */
record AuditLinks(String csv) {

    static AuditLinks of(AuditFilter filter) {
        return new AuditLinks(url("/admin/audit.csv", filter, null));
    }

    /** Only the parts of the filter that are set, so links stay short and readable. */
    static String url(String path, AuditFilter filter, Integer page) {
        return UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("actor", Optional.ofNullable(filter.actor()))
                .queryParamIfPresent("unitId", Optional.ofNullable(filter.unitId()))
                .queryParamIfPresent("entityType", Optional.ofNullable(filter.entityType()))
                .queryParamIfPresent("from", Optional.ofNullable(filter.from()))
                .queryParamIfPresent("to", Optional.ofNullable(filter.to()))
                .queryParamIfPresent("page", Optional.ofNullable(page))
                .encode()
                .build()
                .toUriString();
    }
}
