package vn.ansinh.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.ansinh.reminders.internal.ReminderMail;
import vn.ansinh.reminders.internal.ReminderStore;

/**
 * The daily run: asks every source what is due today (the application's clock, office time), gives each item to
 * each of its recipients unless given before — the unique key of the reminder table decides, so a second run, or
 * a run after a restart, gives nothing twice — then e-mails what was not sent yet. A source or a mail server that
 * fails is logged and the run goes on; what was not sent is sent at the next run.
 */
@Component
public class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final List<ReminderSource> sources;
    private final ReminderStore store;
    private final ReminderMail mail;
    private final RemindersProperties properties;
    private final Clock clock;

    ReminderJob(List<ReminderSource> sources, ReminderStore store, ReminderMail mail, RemindersProperties properties,
            Clock clock) {
        this.sources = List.copyOf(sources);
        this.store = store;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    /** One run; the schedule and the start may overlap, so runs take turns. */
    public synchronized ReminderRun run() {
        ReminderWindow window = new ReminderWindow(LocalDate.now(clock), properties.dueSoonDays(),
                properties.overdueDays());
        int given = 0;
        for (ReminderSource source : sources) {
            given += give(source, window);
        }
        int[] mailed = mail.sendUnsent(clock.instant().minus(Duration.ofDays(properties.overdueDays())));
        ReminderRun run = new ReminderRun(window.today(), given, mailed[0], mailed[1]);
        LOG.info("Reminders of {}: {} given, {} e-mailed, {} not sent", run.day(), given, mailed[0], mailed[1]);
        return run;
    }

    private int give(ReminderSource source, ReminderWindow window) {
        try {
            int given = 0;
            for (DueItem item : source.due(window)) {
                for (long user : item.recipients()) {
                    given += store.give(user, item, clock.instant()) ? 1 : 0;
                }
            }
            return given;
        } catch (RuntimeException e) {
            LOG.error("Reminders of {} could not be given: {}", source.getClass().getSimpleName(), e.getMessage(), e);
            return 0;
        }
    }
}
