package vn.ansinh.reminders;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.accounts.UserAccount;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.reminders.internal.ReminderStore;

/**
 * A user's reminders as the bell and the reminders page show them: newest first, how many are unread, one marked
 * read by its owner (audited). A user is named by username, as signed in; an unknown one has none.
 */
@Service
@Transactional(readOnly = true)
public class Reminders {

    /** The page lists the newest ones; older ones were given long ago and are read or past. */
    static final int SHOWN = 200;

    private final ReminderStore store;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reminders(ReminderStore store, UserAccounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    public List<Reminder> of(String username) {
        return user(username).map(u -> store.ofUser(u.id(), SHOWN)).orElse(List.of());
    }

    public int unread(String username) {
        return user(username).map(u -> store.unread(u.id())).orElse(0);
    }

    /** Marks the user's reminder read; false when it is not theirs or was read already (nothing written). */
    @Transactional
    public boolean markRead(long id, String username) {
        Optional<Reminder> before = user(username).flatMap(u -> store.byId(id)
                .filter(r -> r.userId() == u.id() && !r.read()));
        if (before.isEmpty() || !store.markRead(id, before.get().userId(), clock.instant())) {
            return false;
        }
        Reminder after = store.byId(id).orElseThrow();
        events.publishEvent(new ReminderRead(before.get(), after));
        return true;
    }

    private Optional<UserAccount> user(String username) {
        return username == null ? Optional.empty() : accounts.byUsername(username);
    }
}
