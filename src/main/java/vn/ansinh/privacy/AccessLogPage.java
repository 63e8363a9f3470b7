package vn.ansinh.privacy;

import java.util.List;

import vn.ansinh.shared.Paging;

/** A page of the access log, newest first, with the paging. */
public record AccessLogPage(List<AccessRecord> records, Paging paging) {

    public AccessLogPage {
        records = List.copyOf(records);
    }
}
