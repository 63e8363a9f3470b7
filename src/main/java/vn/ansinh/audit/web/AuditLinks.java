package vn.ansinh.audit.web;

import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

import vn.ansinh.audit.AuditFilter;
import vn.ansinh.audit.AuditPage;

/** Links that keep the filter: the CSV of the same list, and the pages before and after. */
record AuditLinks(String csv, String previous, String next) {

    static AuditLinks of(AuditFilter filter, AuditPage page) {
        return new AuditLinks(url("/admin/audit.csv", filter, null),
                page.hasPrevious() ? url("/admin/audit", filter, page.page() - 1) : null,
                page.hasNext() ? url("/admin/audit", filter, page.page() + 1) : null);
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
