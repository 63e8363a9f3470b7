package vn.ansinh.reminders.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ansinh.meetings.ActionItem;
import vn.ansinh.meetings.ActionItems;
import vn.ansinh.reminders.DueItem;
import vn.ansinh.reminders.Recipients;
import vn.ansinh.reminders.ReminderKind;
import vn.ansinh.reminders.ReminderSource;
import vn.ansinh.reminders.ReminderWindow;
import vn.ansinh.shared.Party;

/**
 * Open action items of meetings and inspections due soon or overdue: to the responsible party's officers, linked to
 * that party's items of the programme.
 */
@Component
class ActionItemReminders implements ReminderSource {

    private final ActionItems items;
    private final Recipients recipients;

    ActionItemReminders(ActionItems items, Recipients recipients) {
        this.items = items;
        this.recipients = recipients;
    }

    @Override
    public List<DueItem> due(ReminderWindow window) {
        Map<Party, Set<Long>> officers = new HashMap<>();
        List<DueItem> due = new ArrayList<>();
        for (ActionItem item : items.open()) {
            window.stageOf(item.due()).ifPresent(stage -> {
                Set<Long> to = officers.computeIfAbsent(item.responsible(), recipients::of);
                if (!to.isEmpty()) {
                    due.add(new DueItem(ReminderKind.ACTION_ITEM_DUE, "action-item:" + item.id(), stage, item.due(),
                            item.text(), item.sourceTitle(), link(item), to));
                }
            });
        }
        return due;
    }

    private static String link(ActionItem item) {
        return "/programmes/" + item.programmeId() + "/action-items?party=" + item.responsible().key();
    }
}
