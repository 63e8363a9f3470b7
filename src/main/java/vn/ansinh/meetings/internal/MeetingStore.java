package vn.ansinh.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.meetings.Meeting;
import vn.ansinh.meetings.MeetingKind;
import vn.ansinh.shared.Party;

/** Reads and writes a programme's meetings with the parties present; titles are the service's to give. */
@Component
public class MeetingStore {

    private static final String COLUMNS = "id, programme_id, kind, held_on, place, chair_name, chair_title, secretary, "
            + "agenda, minutes";

    private final JdbcClient jdbc;
    private final PartyRows parties;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.parties = new PartyRows(jdbc, "coordination_meeting_party", "meeting_id");
    }

    /** The programme's meetings, earliest first. */
    public List<Meeting> ofProgramme(long programmeId) {
        return withParties(jdbc.sql("select " + COLUMNS + " from coordination_meeting where programme_id = :programme "
                + "order by held_on, id").param("programme", programmeId).query((rs, n) -> meeting(rs, List.of())).list());
    }

    public Optional<Meeting> byId(long id) {
        return withParties(jdbc.sql("select " + COLUMNS + " from coordination_meeting where id = :id").param("id", id)
                .query((rs, n) -> meeting(rs, List.of())).list()).stream().findFirst();
    }

    /** Adds the meeting and its parties present; the one returned carries its new id. */
    public Meeting insert(Meeting m) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into coordination_meeting (programme_id, kind, held_on, place, chair_name, chair_title, "
                + "secretary, agenda, minutes) values (:programme, :kind, :held, :place, :chair, :title, :secretary, "
                + ":agenda, :minutes)")
                .param("programme", m.programmeId()).param("kind", m.kind().name()).param("held", m.heldOn())
                .param("place", m.place()).param("chair", m.chairName()).param("title", m.chairTitle())
                .param("secretary", m.secretary()).param("agenda", m.agenda()).param("minutes", m.minutes())
                .update(key, "id");
        long id = key.getKey().longValue();
        parties.insert(id, m.present());
        return m.withId(id, m.title());
    }

    private List<Meeting> withParties(List<Meeting> meetings) {
        Map<Long, List<Party>> present = parties.of(meetings.stream().map(Meeting::id).toList());
        return meetings.stream().map(m -> new Meeting(m.id(), m.programmeId(), m.kind(), m.heldOn(), m.place(),
                m.chairName(), m.chairTitle(), m.secretary(), present.get(m.id()), m.agenda(), m.minutes(), m.title()))
                .toList();
    }

    private static Meeting meeting(ResultSet rs, List<Party> present) throws SQLException {
        return new Meeting(rs.getLong(1), rs.getLong(2), MeetingKind.valueOf(rs.getString(3)),
                rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                present, rs.getString(9), rs.getString(10), null);
    }
}
