package vn.ansinh.outreach.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.outreach.OutreachSession;
import vn.ansinh.outreach.SessionTopic;
import vn.ansinh.shared.Party;
import vn.ansinh.shared.PartyKind;

/** Reads and writes the propaganda and counselling sessions held in the communes. */
@Component
public class SessionStore {

    /** A commune's sessions of some days: how many, the people reached, of them on labour export. */
    public record Counts(long sessions, long reached, long labourExport) {
    }

    private final JdbcClient jdbc;

    SessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the session; returns its new id. */
    public long insert(OutreachSession s) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into outreach_session (programme_id, held_on, topic, organiser_kind, organiser_id, place, "
                + "unit_id, audience) values (:programme, :day, :topic, :kind, :organiser, :place, :unit, :audience)")
                .param("programme", s.programmeId()).param("day", s.heldOn()).param("topic", s.topic().name())
                .param("kind", s.organiser().kind().name()).param("organiser", s.organiser().id())
                .param("place", s.place()).param("unit", s.communeId()).param("audience", s.audience())
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The programme's sessions in the order they were held (then entered). */
    public List<OutreachSession> ofProgramme(long programmeId) {
        return jdbc.sql("select id, programme_id, held_on, topic, organiser_kind, organiser_id, place, unit_id, audience "
                + "from outreach_session where programme_id = :programme order by held_on, id")
                .param("programme", programmeId)
                .query((rs, n) -> new OutreachSession(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        SessionTopic.valueOf(rs.getString(4)), new Party(PartyKind.valueOf(rs.getString(5)),
                                rs.getLong(6)), rs.getString(7), rs.getLong(8), rs.getInt(9))).list();
    }

    /** Per commune asked for that held any, its sessions held from a day to a day. */
    public Map<Long, Counts> countsByCommune(Collection<Long> communes, LocalDate from, LocalDate to) {
        Map<Long, Counts> counts = new HashMap<>();
        if (communes.isEmpty()) {
            return counts;
        }
        jdbc.sql("select unit_id, count(*), sum(audience), sum(case when topic = 'LABOUR_EXPORT' then audience else 0 end) "
                + "from outreach_session where unit_id in (:units) and held_on between :from and :to group by unit_id")
                .param("units", List.copyOf(communes)).param("from", from).param("to", to)
                .query((rs, n) -> counts.put(rs.getLong(1), new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4))))
                .list();
        return counts;
    }
}
