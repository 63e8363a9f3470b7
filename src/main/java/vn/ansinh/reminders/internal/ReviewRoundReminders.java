package vn.ansinh.reminders.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import vn.ansinh.households.ReviewRound;
import vn.ansinh.households.Reviews;
import vn.ansinh.poverty.ReviewCalendars;
import vn.ansinh.reminders.DueItem;
import vn.ansinh.reminders.Recipients;
import vn.ansinh.reminders.ReminderKind;
import vn.ansinh.reminders.ReminderSource;
import vn.ansinh.reminders.ReminderStage;
import vn.ansinh.reminders.ReminderWindow;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Party;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitNames;
import vn.ansinh.units.Units;

/**
 * A commune's poverty review round still open in December: due soon from 1 December to the review's end (14
 * December under QĐ 24/2021, as the review calendar says), overdue after it; the commune's officers and the
 * office's administrators are reminded, since the office consolidates the communes' lists.
 */
@Component
class ReviewRoundReminders implements ReminderSource {

    /** The subject is kept as data, in the language of the office, as e-mails are sent. */
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final Units units;
    private final UnitNames names;
    private final Reviews reviews;
    private final ReviewCalendars calendars;
    private final Recipients recipients;

    ReviewRoundReminders(Units units, UnitNames names, Reviews reviews, ReviewCalendars calendars,
            Recipients recipients) {
        this.units = units;
        this.names = names;
        this.reviews = reviews;
        this.calendars = calendars;
        this.recipients = recipients;
    }

    @Override
    public List<DueItem> due(ReminderWindow window) {
        List<AdministrativeUnit> all = units.all();
        List<ReviewRound> open = reviews.rounds(all.stream().map(AdministrativeUnit::id).toList(),
                AccessScope.everything()).stream().filter(ReviewRound::open).toList();
        Set<Long> administrators = open.isEmpty() ? Set.of() : recipients.administrators();
        List<DueItem> due = new ArrayList<>();
        for (ReviewRound round : open) {
            LocalDate end = end(round.year());
            stage(round.year(), end, window).ifPresent(stage -> {
                Set<Long> to = new TreeSet<>(administrators);
                to.addAll(recipients.of(Party.unit(round.unitId())));
                String commune = all.stream().filter(u -> u.id() == round.unitId()).findFirst()
                        .map(u -> names.of(u, VIETNAMESE)).orElse(String.valueOf(round.unitId()));
                due.add(new DueItem(ReminderKind.REVIEW_ROUND_OPEN, "round:" + round.id(), stage, end, commune,
                        String.valueOf(round.year()), "/registry/reviews?unit=" + round.unitId() + "&year="
                                + round.year(), to));
            });
        }
        return due;
    }

    /** The day the year's review ends: the calendar's, or 14 December where no calendar covers the year. */
    private LocalDate end(int year) {
        return calendars.forReviewOf(year).map(c -> c.reviewEndIn(year)).orElse(LocalDate.of(year, 12, 14));
    }

    /** Due soon in December up to the end; overdue after it, while the window still looks back that far. */
    private static Optional<ReminderStage> stage(int year, LocalDate end, ReminderWindow window) {
        LocalDate today = window.today();
        if (today.isBefore(LocalDate.of(year, 12, 1))) {
            return Optional.empty();
        }
        if (!today.isAfter(end)) {
            return Optional.of(ReminderStage.DUE_SOON);
        }
        return window.stageOf(end);
    }
}
