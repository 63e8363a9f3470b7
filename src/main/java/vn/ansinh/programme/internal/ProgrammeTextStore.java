package vn.ansinh.programme.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.programme.NewProgramme;
import vn.ansinh.programme.PartyRole;
import vn.ansinh.programme.ProgrammeItem;
import vn.ansinh.programme.ProgrammeSection;
import vn.ansinh.programme.SectionKind;
import vn.ansinh.programme.Signatory;
import vn.ansinh.shared.Domain;
import vn.ansinh.shared.SavedVersion;

/** Stores the programme's text: nested sections with their items, recipients, signatories. */
@Component
public class ProgrammeTextStore {

    private final JdbcClient jdbc;

    ProgrammeTextStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long programmeId, NewProgramme draft) {
        saveSections(programmeId, null, draft.sections());
        for (int i = 0; i < draft.recipients().size(); i++) {
            jdbc.sql("insert into programme_recipient (programme_id, position, text) values (?, ?, ?)")
                    .params(programmeId, i + 1, draft.recipients().get(i)).update();
        }
        for (int i = 0; i < draft.signatories().size(); i++) {
            Signatory signatory = draft.signatories().get(i);
            jdbc.sql("insert into programme_signatory (programme_id, position, organisation_id, label) values (?, ?, ?, ?)")
                    .params(programmeId, i + 1, signatory.organisationId(), signatory.label()).update();
        }
    }

    private void saveSections(long programmeId, Long parentId, List<ProgrammeSection> sections) {
        for (int i = 0; i < sections.size(); i++) {
            ProgrammeSection section = sections.get(i);
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into programme_section (programme_id, parent_id, position, heading, kind, domain, party)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(programmeId, parentId, i + 1, section.heading(), section.kind().name(),
                            section.domain() == null ? null : section.domain().name(),
                            section.party() == null ? null : section.party().name())
                    .update(key, "id");
            long sectionId = key.getKey().longValue();
            for (int j = 0; j < section.items().size(); j++) {
                ProgrammeItem item = section.items().get(j);
                jdbc.sql("insert into programme_item (section_id, position, marker, text) values (?, ?, ?, ?)")
                        .params(sectionId, j + 1, item.marker(), item.text()).update();
            }
            saveSections(programmeId, sectionId, section.sections());
        }
    }

    public List<ProgrammeSection> sections(long programmeId) {
        List<SectionRow> rows = jdbc.sql("""
                select id, parent_id, heading, kind, domain, party from programme_section
                where programme_id = ? order by position""")
                .param(programmeId)
                .query((rs, n) -> new SectionRow(rs.getLong("id"), (Long) rs.getObject("parent_id", Long.class),
                        rs.getString("heading"), SectionKind.valueOf(rs.getString("kind")),
                        rs.getString("domain") == null ? null : Domain.valueOf(rs.getString("domain")),
                        rs.getString("party") == null ? null : PartyRole.valueOf(rs.getString("party"))))
                .list();
        Map<Long, List<ProgrammeItem>> items = new LinkedHashMap<>();
        jdbc.sql("""
                select i.section_id, i.marker, i.text from programme_item i
                join programme_section s on s.id = i.section_id
                where s.programme_id = ? order by i.section_id, i.position""")
                .param(programmeId)
                .query(rs -> {
                    items.computeIfAbsent(rs.getLong("section_id"), k -> new ArrayList<>())
                            .add(new ProgrammeItem(rs.getString("marker"), rs.getString("text")));
                });
        return tree(null, rows, items);
    }

    private List<ProgrammeSection> tree(Long parentId, List<SectionRow> rows, Map<Long, List<ProgrammeItem>> items) {
        return rows.stream()
                .filter(r -> java.util.Objects.equals(r.parentId(), parentId))
                .map(r -> new ProgrammeSection(r.heading(), r.kind(), r.domain(), r.party(),
                        items.getOrDefault(r.id(), List.of()), tree(r.id(), rows, items)))
                .toList();
    }

    public List<String> recipients(long programmeId) {
        return jdbc.sql("select text from programme_recipient where programme_id = ? order by position")
                .param(programmeId).query(String.class).list();
    }

    public List<Signatory> signatories(long programmeId) {
        return jdbc.sql("select organisation_id, label from programme_signatory where programme_id = ? order by position")
                .param(programmeId)
                .query((rs, n) -> new Signatory(rs.getLong("organisation_id"), rs.getString("label")))
                .list();
    }

    /** The version of the programme's text, who saved it last and when. */
    public Optional<SavedVersion> textVersion(long programmeId) {
        return jdbc.sql("select text_version, text_changed_by, text_changed_at from programme where id = ?")
                .param(programmeId)
                .query((rs, n) -> new SavedVersion(rs.getInt(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class) == null ? null : rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** The text's version, the programme's row locked until the transaction ends: two saves of one version cannot both pass. */
    public Optional<Integer> lockedTextVersion(long programmeId) {
        return jdbc.sql("select text_version from programme where id = ? for update").param(programmeId)
                .query(Integer.class).optional();
    }

    /** A save of the text by the user at that time: its version goes up. */
    public void textSaved(long programmeId, String user, Instant at) {
        jdbc.sql("update programme set text_version = text_version + 1, text_changed_by = ?, text_changed_at = ? where id = ?")
                .params(user, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), programmeId).update();
    }

    private record SectionRow(long id, Long parentId, String heading, SectionKind kind, Domain domain, PartyRole party) {
    }
}
