package vn.ansinh.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.meetings.Inspection;
import vn.ansinh.meetings.InspectionKind;
import vn.ansinh.shared.Party;

/** Reads and writes a programme's inspections with the parties taking part and the communes inspected. */
@Component
public class InspectionStore {

    private static final String COLUMNS = "id, programme_id, kind, planned_from, planned_to, purpose, subject, team, "
            + "findings";

    private final JdbcClient jdbc;
    private final PartyRows parties;

    InspectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.parties = new PartyRows(jdbc, "joint_inspection_party", "inspection_id");
    }

    /** The programme's inspections, earliest first. */
    public List<Inspection> ofProgramme(long programmeId) {
        return complete(jdbc.sql("select " + COLUMNS + " from joint_inspection where programme_id = :programme "
                + "order by planned_from, id").param("programme", programmeId).query((rs, n) -> inspection(rs)).list());
    }

    public Optional<Inspection> byId(long id) {
        return complete(jdbc.sql("select " + COLUMNS + " from joint_inspection where id = :id").param("id", id)
                .query((rs, n) -> inspection(rs)).list()).stream().findFirst();
    }

    /** Adds the inspection, its parties and its communes; the one returned carries its new id. */
    public Inspection insert(Inspection i) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into joint_inspection (programme_id, kind, planned_from, planned_to, purpose, subject, team, "
                + "findings) values (:programme, :kind, :from, :to, :purpose, :subject, :team, :findings)")
                .param("programme", i.programmeId()).param("kind", i.kind().name()).param("from", i.plannedFrom())
                .param("to", i.plannedTo()).param("purpose", i.purpose()).param("subject", i.subject())
                .param("team", i.team()).param("findings", i.findings()).update(key, "id");
        long id = key.getKey().longValue();
        parties.insert(id, i.parties());
        for (Long unit : i.communes()) {
            jdbc.sql("insert into joint_inspection_unit (inspection_id, unit_id) values (:id, :unit)").param("id", id)
                    .param("unit", unit).update();
        }
        return i.withId(id, i.title());
    }

    public void writeFindings(long id, String findings) {
        jdbc.sql("update joint_inspection set findings = :findings where id = :id").param("findings", findings)
                .param("id", id).update();
    }

    private List<Inspection> complete(List<Inspection> inspections) {
        List<Long> ids = inspections.stream().map(Inspection::id).toList();
        Map<Long, List<Party>> taking = parties.of(ids);
        Map<Long, List<Long>> communes = new LinkedHashMap<>();
        ids.forEach(id -> communes.put(id, new ArrayList<>()));
        if (!ids.isEmpty()) {
            jdbc.sql("select inspection_id, unit_id from joint_inspection_unit where inspection_id in (:ids) "
                    + "order by unit_id").param("ids", ids)
                    .query((rs, n) -> communes.get(rs.getLong(1)).add(rs.getLong(2))).list();
        }
        return inspections.stream().map(i -> new Inspection(i.id(), i.programmeId(), i.kind(), i.plannedFrom(),
                i.plannedTo(), i.purpose(), i.subject(), i.team(), taking.get(i.id()), communes.get(i.id()),
                i.findings(), i.title())).toList();
    }

    private static Inspection inspection(ResultSet rs) throws SQLException {
        return new Inspection(rs.getLong(1), rs.getLong(2), InspectionKind.valueOf(rs.getString(3)),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7),
                rs.getString(8), List.of(), List.of(), rs.getString(9), null);
    }
}
