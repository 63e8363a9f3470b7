package vn.ansinh.privacy.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.ansinh.shared.PersonalDataShown;

/**
 * Keeps every {@link PersonalDataShown} in the access log, at once and in the thread that showed the data: if the
 * entry cannot be written, the page or download fails rather than showing the data unlogged.
 */
@Component
class AccessRecorder {

    private final AccessLogStore store;
    private final Clock clock;

    AccessRecorder(AccessLogStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @EventListener
    void on(PersonalDataShown shown) {
        store.insert(clock.instant(), shown);
    }
}
