package vn.ansinh.poverty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.poverty.internal.ReviewCalendarRules;
import vn.ansinh.poverty.internal.ReviewCalendarStore;

/** The review calendar over time (QĐ 24/2021/QĐ-TTg): the one in force on a day, and a period added by an administrator. */
@Service
@Transactional(readOnly = true)
public class ReviewCalendars {

    private final ReviewCalendarStore store;
    private final ApplicationEventPublisher events;

    ReviewCalendars(ReviewCalendarStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** Oldest first. */
    public List<ReviewCalendar> all() {
        return store.all();
    }

    public Optional<ReviewCalendar> on(LocalDate day) {
        return all().stream().filter(c -> c.covers(day)).findFirst();
    }

    /** The calendar of the yearly review of the year: the one in force on the day that review opens. */
    public Optional<ReviewCalendar> forReviewOf(int year) {
        return all().stream().filter(c -> c.covers(c.reviewStartIn(year))).findFirst();
    }

    /**
     * Adds the period from the day it takes effect, open-ended, when all of it is right; the latest period ends the
     * day before. Both writes are audited.
     */
    @Transactional
    public ReviewCalendar add(ReviewCalendarDraft draft) {
        List<ReviewCalendar> existing = all();
        ReviewCalendarRules rules = new ReviewCalendarRules();
        ReviewCalendar checked = rules.check(draft, existing)
                .orElseThrow(() -> new InvalidReviewCalendarException(rules.problems()));
        ReviewCalendarRules.followed(existing).filter(c -> c.validTo() == null || !c.validTo().isBefore(checked.validFrom()))
                .ifPresent(before -> {
                    ReviewCalendar after = before.endingOn(checked.validFrom().minusDays(1));
                    store.end(before.id(), after.validTo());
                    events.publishEvent(new ReviewCalendarChanged(before, after));
                });
        ReviewCalendar added = store.insert(checked);
        events.publishEvent(new ReviewCalendarChanged(null, added));
        return added;
    }
}
