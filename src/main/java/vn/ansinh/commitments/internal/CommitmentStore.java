package vn.ansinh.commitments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.commitments.Cadence;
import vn.ansinh.commitments.Commitment;
import vn.ansinh.shared.Domain;
import vn.ansinh.shared.Party;
import vn.ansinh.shared.PartyKind;

/** Reads and writes the programmes' commitments. */
@Component
public class CommitmentStore {

    private static final String COLUMNS = "id, programme_id, party_kind, party_id, domain, wording, heading, item_order, "
            + "cadence, due_on, indicator_id, ended_on";
    private static final String ORDER = " order by domain, item_order, id";

    private final JdbcClient jdbc;

    CommitmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The programme's commitments, ended ones too, by domain and place in the text. */
    public List<Commitment> ofProgramme(long programmeId) {
        return jdbc.sql("select " + COLUMNS + " from commitment where programme_id = :programme" + ORDER)
                .param("programme", programmeId).query((rs, n) -> commitment(rs)).list();
    }

    public List<Commitment> ofParty(long programmeId, Party party) {
        return jdbc.sql("select " + COLUMNS + " from commitment where programme_id = :programme and party_kind = :kind "
                + "and party_id = :party" + ORDER).param("programme", programmeId).param("kind", party.kind().name())
                .param("party", party.id()).query((rs, n) -> commitment(rs)).list();
    }

    public Optional<Commitment> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from commitment where id = :id").param("id", id)
                .query((rs, n) -> commitment(rs)).optional();
    }

    public boolean anyOf(long programmeId) {
        return jdbc.sql("select count(*) from commitment where programme_id = :programme").param("programme", programmeId)
                .query(Long.class).single() > 0;
    }

    /** The next place after the last in the domain for the party: where an added commitment goes. */
    public int nextPosition(long programmeId, Party party, Domain domain) {
        return jdbc.sql("select coalesce(max(item_order), 0) + 1 from commitment where programme_id = :programme "
                + "and party_kind = :kind and party_id = :party and domain = :domain").param("programme", programmeId)
                .param("kind", party.kind().name()).param("party", party.id()).param("domain", domain.name())
                .query(Integer.class).single();
    }

    /** Adds the commitment; the one returned carries its new id. */
    public Commitment insert(Commitment c) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into commitment (programme_id, party_kind, party_id, domain, wording, heading, item_order, "
                + "cadence, due_on, indicator_id, ended_on) values (:programme, :kind, :party, :domain, :wording, "
                + ":heading, :position, :cadence, :due, :indicator, :ended)")
                .param("programme", c.programmeId()).param("kind", c.party().kind().name()).param("party", c.party().id())
                .param("domain", c.domain().name()).param("wording", c.text()).param("heading", c.heading())
                .param("position", c.position()).param("cadence", c.cadence().name()).param("due", c.due())
                .param("indicator", c.indicatorId()).param("ended", c.endedOn()).update(key, "id");
        return new Commitment(key.getKey().longValue(), c.programmeId(), c.party(), c.domain(), c.text(), c.heading(),
                c.position(), c.cadence(), c.due(), c.indicatorId(), c.endedOn());
    }

    /** Writes what the office may change: wording, cadence, due date, indicator, and the day it ended. */
    public void update(Commitment c) {
        jdbc.sql("update commitment set wording = :wording, cadence = :cadence, due_on = :due, indicator_id = :indicator, "
                + "ended_on = :ended where id = :id").param("wording", c.text()).param("cadence", c.cadence().name())
                .param("due", c.due()).param("indicator", c.indicatorId()).param("ended", c.endedOn())
                .param("id", c.id()).update();
    }

    private static Commitment commitment(ResultSet rs) throws SQLException {
        return new Commitment(rs.getLong("id"), rs.getLong("programme_id"),
                new Party(PartyKind.valueOf(rs.getString("party_kind")), rs.getLong("party_id")),
                Domain.valueOf(rs.getString("domain")), rs.getString("wording"), rs.getString("heading"),
                rs.getInt("item_order"), Cadence.valueOf(rs.getString("cadence")), rs.getObject("due_on", LocalDate.class),
                rs.getObject("indicator_id", Long.class), rs.getObject("ended_on", LocalDate.class));
    }
}
