package vn.ansinh.reminders;

import java.util.List;

/**
 * Finds what is due of one kind on a run's day, with who must act on it. A source per kind is a Spring bean; the
 * daily job asks each, and gives every item to each of its recipients once per stage whatever it is asked again.
 */
public interface ReminderSource {

    List<DueItem> due(ReminderWindow window);
}
