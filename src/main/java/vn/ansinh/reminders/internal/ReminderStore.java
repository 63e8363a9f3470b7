package vn.ansinh.reminders.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.reminders.DueItem;
import vn.ansinh.reminders.Reminder;
import vn.ansinh.reminders.ReminderKind;
import vn.ansinh.reminders.ReminderStage;

/**
 * Reads and writes the reminders given. Each statement commits on its own (no surrounding transaction): a reminder
 * another run gave meanwhile breaks the unique key of that one insert only, and is not given again.
 */
@Component
public class ReminderStore {

    private static final String COLUMNS = "id, user_id, kind, subject_key, stage, due_on, subject, detail, link, "
            + "created_at, read_at, emailed_at";

    private final JdbcClient jdbc;

    ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Gives the item to the user unless it was given before (same kind, subject and stage); whether it was given. */
    public boolean give(long userId, DueItem item, Instant at) {
        boolean given = jdbc.sql("select count(*) from reminder where user_id = :user and kind = :kind "
                + "and subject_key = :subject and stage = :stage").param("user", userId).param("kind", item.kind().name())
                .param("subject", item.subjectKey()).param("stage", item.stage().name()).query(Long.class).single() > 0;
        if (given) {
            return false;
        }
        try {
            return jdbc.sql("insert into reminder (user_id, kind, subject_key, stage, due_on, subject, detail, link, "
                    + "created_at) values (:user, :kind, :subjectKey, :stage, :due, :subject, :detail, :link, :at)")
                    .param("user", userId).param("kind", item.kind().name()).param("subjectKey", item.subjectKey())
                    .param("stage", item.stage().name()).param("due", item.dueOn()).param("subject", cut(item.subject()))
                    .param("detail", cut(item.detail())).param("link", item.link()).param("at", Timestamp.from(at))
                    .update() == 1;
        } catch (DuplicateKeyException givenMeanwhile) {
            return false;
        }
    }

    /** The user's reminders, newest first, at most limit. */
    public List<Reminder> ofUser(long userId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from reminder where user_id = :user order by created_at desc, id desc")
                .param("user", userId).query((rs, n) -> reminder(rs)).stream().limit(limit).toList();
    }

    public Optional<Reminder> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from reminder where id = :id").param("id", id)
                .query((rs, n) -> reminder(rs)).optional();
    }

    public int unread(long userId) {
        return jdbc.sql("select count(*) from reminder where user_id = :user and read_at is null").param("user", userId)
                .query(Integer.class).single();
    }

    /** Marks the user's reminder read; false when it is not theirs (or was read already). */
    public boolean markRead(long id, long userId, Instant at) {
        return jdbc.sql("update reminder set read_at = :at where id = :id and user_id = :user and read_at is null")
                .param("at", Timestamp.from(at)).param("id", id).param("user", userId).update() == 1;
    }

    /** The unread reminders given from since to until that were not e-mailed yet, oldest first. */
    public List<Reminder> unsent(Instant since, Instant until) {
        return jdbc.sql("select " + COLUMNS + " from reminder where emailed_at is null and read_at is null "
                + "and created_at >= :since and created_at <= :until order by created_at, id")
                .param("since", Timestamp.from(since)).param("until", Timestamp.from(until))
                .query((rs, n) -> reminder(rs)).list();
    }

    public void emailed(long id, Instant at) {
        jdbc.sql("update reminder set emailed_at = :at where id = :id").param("at", Timestamp.from(at)).param("id", id)
                .update();
    }

    private static Reminder reminder(ResultSet rs) throws SQLException {
        return new Reminder(rs.getLong(1), rs.getLong(2), ReminderKind.valueOf(rs.getString(3)), rs.getString(4),
                ReminderStage.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant(), instant(rs.getTimestamp(11)),
                instant(rs.getTimestamp(12)));
    }

    /** A subject as long as an action item's text is shown in full on its page; the reminder keeps its start. */
    private static String cut(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
