package vn.ansinh.commendation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.commendation.Nominee;
import vn.ansinh.commendation.Proposal;
import vn.ansinh.shared.Party;
import vn.ansinh.shared.PartyKind;

/** Reads and writes the programmes' commendation proposals and their nominees. */
@Component
public class ProposalStore {

    private final JdbcClient jdbc;

    ProposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Proposal> byProgramme(long programmeId) {
        return jdbc.sql("select id, proposed_on, decision_number, decided_on from commendation_proposal "
                + "where programme_id = :programme").param("programme", programmeId)
                .query((rs, n) -> new Proposal(rs.getLong(1), programmeId, rs.getObject(2, LocalDate.class),
                        List.of(), rs.getString(3), rs.getObject(4, LocalDate.class)))
                .optional().map(p -> new Proposal(p.id(), programmeId, p.proposedOn(), nominees(p.id()),
                        p.decisionNumber(), p.decidedOn()));
    }

    /** The programme's proposal made, or its day and nominees replaced. */
    public void save(long programmeId, LocalDate proposedOn, List<Nominee> nominees) {
        Long id = jdbc.sql("select id from commendation_proposal where programme_id = :programme")
                .param("programme", programmeId).query(Long.class).optional().orElse(null);
        if (id == null) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("insert into commendation_proposal (programme_id, proposed_on) values (:programme, :day)")
                    .param("programme", programmeId).param("day", proposedOn).update(key, "id");
            id = key.getKey().longValue();
        } else {
            jdbc.sql("update commendation_proposal set proposed_on = :day where id = :id").param("day", proposedOn)
                    .param("id", id).update();
            jdbc.sql("delete from commendation_nominee where proposal_id = :id").param("id", id).update();
        }
        for (int i = 0; i < nominees.size(); i++) {
            Nominee n = nominees.get(i);
            jdbc.sql("insert into commendation_nominee (proposal_id, position, party_kind, party_id, name, ranked, score, "
                    + "targets, reason, commended) values (:proposal, :position, :kind, :party, :name, :rank, :score, "
                    + ":targets, :reason, :commended)").param("proposal", id).param("position", i + 1)
                    .param("kind", n.party().kind().name()).param("party", n.party().id()).param("name", n.name())
                    .param("rank", n.rank()).param("score", n.score()).param("targets", n.targets())
                    .param("reason", n.reason()).param("commended", n.commended()).update();
        }
    }

    /** Records the decision on the proposal: its number and day, and which nominees it commended. */
    public void decide(long proposalId, String number, LocalDate day, Set<Party> commended) {
        jdbc.sql("update commendation_proposal set decision_number = :number, decided_on = :day where id = :id")
                .param("number", number).param("day", day).param("id", proposalId).update();
        for (Party party : commended) {
            jdbc.sql("update commendation_nominee set commended = true where proposal_id = :id and party_kind = :kind "
                    + "and party_id = :party").param("id", proposalId).param("kind", party.kind().name())
                    .param("party", party.id()).update();
        }
    }

    private List<Nominee> nominees(long proposalId) {
        return jdbc.sql("select party_kind, party_id, name, ranked, score, targets, reason, commended "
                + "from commendation_nominee where proposal_id = :id order by position").param("id", proposalId)
                .query((rs, n) -> new Nominee(new Party(PartyKind.valueOf(rs.getString(1)), rs.getLong(2)),
                        rs.getString(3), rs.getInt(4), rs.getBigDecimal(5), rs.getInt(6), rs.getString(7),
                        rs.getBoolean(8))).list();
    }
}
