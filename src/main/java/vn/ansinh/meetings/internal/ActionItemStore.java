package vn.ansinh.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.meetings.ActionItemSource;
import vn.ansinh.meetings.InspectionKind;
import vn.ansinh.meetings.MeetingKind;
import vn.ansinh.shared.Party;
import vn.ansinh.shared.PartyKind;

/** Reads and writes action items, each read with the meeting or inspection it comes from; by due date, then id. */
@Component
public class ActionItemStore {

    private static final String SELECT = "select i.id, i.programme_id, i.source_kind, i.source_id, i.text, i.party_kind, "
            + "i.party_id, i.due_on, i.closed_on, i.closing_note, i.closed_by, m.held_on, n.planned_from, m.kind, "
            + "n.kind, n.subject from action_item i "
            + "left join coordination_meeting m on i.source_kind = 'MEETING' and m.id = i.source_id "
            + "left join joint_inspection n on i.source_kind = 'INSPECTION' and n.id = i.source_id ";
    private static final String ORDER = " order by i.due_on, i.id";

    private final JdbcClient jdbc;

    ActionItemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The open items of every programme. */
    public List<StoredItem> open() {
        return jdbc.sql(SELECT + "where i.closed_on is null" + ORDER).query((rs, n) -> item(rs)).list();
    }

    /** Every item of the programme, open or closed. */
    public List<StoredItem> ofProgramme(long programmeId) {
        return jdbc.sql(SELECT + "where i.programme_id = :programme" + ORDER).param("programme", programmeId)
                .query((rs, n) -> item(rs)).list();
    }

    public Optional<StoredItem> byId(long id) {
        return jdbc.sql(SELECT + "where i.id = :id").param("id", id).query((rs, n) -> item(rs)).optional();
    }

    /** Adds an open item; its id. */
    public long insert(long programmeId, ActionItemSource source, long sourceId, String text, Party party, LocalDate due) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into action_item (programme_id, source_kind, source_id, text, party_kind, party_id, due_on) "
                + "values (:programme, :source, :sourceId, :text, :kind, :party, :due)")
                .param("programme", programmeId).param("source", source.name()).param("sourceId", sourceId)
                .param("text", text).param("kind", party.kind().name()).param("party", party.id()).param("due", due)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Closes the item if it is still open; whether it was (an item closed twice at once is closed once). */
    public boolean close(long id, LocalDate on, String note, String by) {
        return jdbc.sql("update action_item set closed_on = :on, closing_note = :note, closed_by = :by "
                + "where id = :id and closed_on is null").param("on", on).param("note", note).param("by", by)
                .param("id", id).update() == 1;
    }

    private static StoredItem item(ResultSet rs) throws SQLException {
        ActionItemSource source = ActionItemSource.valueOf(rs.getString(3));
        boolean meeting = source == ActionItemSource.MEETING;
        return new StoredItem(rs.getLong(1), rs.getLong(2), source, rs.getLong(4), rs.getString(5),
                new Party(PartyKind.valueOf(rs.getString(6)), rs.getLong(7)), rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class), rs.getString(10), rs.getString(11),
                rs.getObject(meeting ? 12 : 13, LocalDate.class),
                meeting ? MeetingKind.valueOf(rs.getString(14)) : null,
                meeting ? null : InspectionKind.valueOf(rs.getString(15)), rs.getString(16));
    }
}
