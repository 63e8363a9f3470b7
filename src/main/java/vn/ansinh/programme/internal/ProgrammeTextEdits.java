package vn.ansinh.programme.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.programme.ProgrammeItem;
import vn.ansinh.programme.ProgrammeSection;
import vn.ansinh.programme.Signatory;

/**
 * Rewrites parts of a programme's text. A section is addressed by its path of positions,
 * "3-2" being the second section inside the third, as the printed numbering reads.
 */
@Component
public class ProgrammeTextEdits {

    private final JdbcClient jdbc;

    ProgrammeTextEdits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> sectionId(long programmeId, String path) {
        Long parent = null;
        for (String part : path.split("-")) {
            int position;
            try {
                position = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            Optional<Long> id = jdbc.sql("select id from programme_section where programme_id = :programme and position = :position and "
                    + (parent == null ? "parent_id is null" : "parent_id = :parent"))
                    .param("programme", programmeId).param("position", position).param("parent", parent)
                    .query(Long.class).optional();
            if (id.isEmpty()) {
                return Optional.empty();
            }
            parent = id.get();
        }
        return Optional.ofNullable(parent);
    }

    public void replaceSection(long sectionId, ProgrammeSection section) {
        jdbc.sql("update programme_section set heading = ?, kind = ?, domain = ?, party = ? where id = ?")
                .params(section.heading(), section.kind().name(), section.domain() == null ? null : section.domain().name(),
                        section.party() == null ? null : section.party().name(), sectionId)
                .update();
        jdbc.sql("delete from programme_item where section_id = ?").param(sectionId).update();
        List<ProgrammeItem> items = section.items();
        for (int i = 0; i < items.size(); i++) {
            jdbc.sql("insert into programme_item (section_id, position, marker, text) values (?, ?, ?, ?)")
                    .params(sectionId, i + 1, items.get(i).marker(), items.get(i).text()).update();
        }
    }

    public void replaceRecipients(long programmeId, List<String> recipients) {
        jdbc.sql("delete from programme_recipient where programme_id = ?").param(programmeId).update();
        for (int i = 0; i < recipients.size(); i++) {
            jdbc.sql("insert into programme_recipient (programme_id, position, text) values (?, ?, ?)")
                    .params(programmeId, i + 1, recipients.get(i)).update();
        }
    }

    public void replaceSignatories(long programmeId, List<Signatory> signatories) {
        jdbc.sql("delete from programme_signatory where programme_id = ?").param(programmeId).update();
        for (int i = 0; i < signatories.size(); i++) {
            Signatory signatory = signatories.get(i);
            jdbc.sql("insert into programme_signatory (programme_id, position, organisation_id, label) values (?, ?, ?, ?)")
                    .params(programmeId, i + 1, signatory.organisationId(), signatory.label()).update();
        }
    }
}
