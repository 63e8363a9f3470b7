package vn.ansinh.outreach.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.outreach.Training;
import vn.ansinh.shared.Party;
import vn.ansinh.shared.PartyKind;

/** Reads and writes the programmes' trainings of officers and their participants per party. */
@Component
public class TrainingStore {

    private final JdbcClient jdbc;

    TrainingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the training with its participants; returns its new id. */
    public long insert(Training t) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into outreach_training (programme_id, held_on, topic, organiser_kind, organiser_id, place) "
                + "values (:programme, :day, :topic, :kind, :organiser, :place)")
                .param("programme", t.programmeId()).param("day", t.heldOn()).param("topic", t.topic())
                .param("kind", t.organiser().kind().name()).param("organiser", t.organiser().id())
                .param("place", t.place()).update(key, "id");
        long id = key.getKey().longValue();
        for (Training.Attendance a : t.participants()) {
            jdbc.sql("insert into outreach_training_participants (training_id, party_kind, party_id, participants) "
                    + "values (:training, :kind, :party, :count)").param("training", id)
                    .param("kind", a.party().kind().name()).param("party", a.party().id()).param("count", a.count())
                    .update();
        }
        return id;
    }

    /** The programme's trainings, in the order they were held (then entered), with their participants. */
    public List<Training> ofProgramme(long programmeId) {
        Map<Long, List<Training.Attendance>> participants = new HashMap<>();
        jdbc.sql("select p.training_id, p.party_kind, p.party_id, p.participants from outreach_training_participants p "
                + "join outreach_training t on t.id = p.training_id where t.programme_id = :programme "
                + "order by p.training_id, p.party_kind desc, p.party_id")
                .param("programme", programmeId).query((rs, n) -> {
                    participants.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Training.Attendance(
                            new Party(PartyKind.valueOf(rs.getString(2)), rs.getLong(3)), rs.getInt(4)));
                    return null;
                }).list();
        return jdbc.sql("select id, programme_id, held_on, topic, organiser_kind, organiser_id, place "
                + "from outreach_training where programme_id = :programme order by held_on, id")
                .param("programme", programmeId)
                .query((rs, n) -> training(rs, participants.getOrDefault(rs.getLong(1), List.of()))).list();
    }

    /** Per commune asked for that sent any, the officers it sent to trainings held from a day to a day. */
    public Map<Long, Long> trainedByCommune(Collection<Long> communes, LocalDate from, LocalDate to) {
        Map<Long, Long> trained = new HashMap<>();
        if (communes.isEmpty()) {
            return trained;
        }
        jdbc.sql("select p.party_id, sum(p.participants) from outreach_training_participants p "
                + "join outreach_training t on t.id = p.training_id where p.party_kind = 'UNIT' "
                + "and p.party_id in (:units) and t.held_on between :from and :to group by p.party_id")
                .param("units", List.copyOf(communes)).param("from", from).param("to", to)
                .query((rs, n) -> trained.put(rs.getLong(1), rs.getLong(2))).list();
        return trained;
    }

    private static Training training(ResultSet rs, List<Training.Attendance> participants) throws SQLException {
        return new Training(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                new Party(PartyKind.valueOf(rs.getString(5)), rs.getLong(6)), rs.getString(7), participants);
    }
}
