package vn.ansinh.privacy;

import org.springframework.stereotype.Service;

import vn.ansinh.privacy.internal.AccessLogStore;
import vn.ansinh.shared.Paging;

/**
 * Reading the access log: every entry, or those about one subject — a citizen ID among those shown, or a
 * household code. Written only from {@link vn.ansinh.shared.PersonalDataShown} events; nothing changes an entry.
 */
@Service
public class AccessLog {

    public static final int PAGE_SIZE = 50;

    private final AccessLogStore store;

    AccessLog(AccessLogStore store) {
        this.store = store;
    }

    /** subject: a citizen ID (dots and spaces ignored) or a household code; blank for every entry. */
    public AccessLogPage search(String subject, int page) {
        String wanted = subject == null || subject.isBlank() ? null : subject.strip();
        Paging paging = new Paging(page, PAGE_SIZE, store.count(wanted));
        return new AccessLogPage(store.find(wanted, PAGE_SIZE, paging.offset()), paging);
    }
}
