package vn.ansinh.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.intake.ImportResult;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.ProgrammeYaml;

/**
 * Every import that is written leaves exactly one IMPORT entry, in the same transaction: a dry
 * run, a refused file and a rolled-back change leave none, and an entry that cannot be written
 * takes its change down with it.
 */
@IntegrationTest
class AuditImportTest {

    @Autowired
    ProgrammeImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    AuditRows rows() {
        return new AuditRows(jdbc);
    }

    @Test
    void theSeedLoadedAtStartWasRecordedBySystem() {
        var seed = rows().where("action = 'IMPORT' and actor = 'system' and entity_type = 'programme' and entity_id = '"
                + programmeId(2019) + "'");
        assertThat(seed).singleElement().satisfies(event -> {
            assertThat(event.entityType()).isEqualTo("programme");
            assertThat(event.entityId()).isEqualTo(Long.toString(programmeId(2019)));
            assertThat(event.unitId()).isEqualTo(coordinatingUnit(programmeId(2019)));
            assertThat(event.oldValue()).isNull();
            assertThat(json.readTree(event.newValue())).isEqualTo(json.readTree("""
                    {"file": "cam-lo-2019.yaml", "created": {"units": 11, "organisations": 17, "indicators": 20,
                     "programmes": 1, "tables": 3, "figures": 175, "statedFigures": 17, "successions": 0}}"""));
        });
    }

    @Test
    void anImportWritesOneEntryWithActorProgrammeUnitFileAndCounts() {
        ImportResult result = ProgrammeYaml.seed().withYear(2071).importWith(importer, "nhat-ky-2071.yaml", false);
        assertThat(result.committed()).isTrue();

        var written = rows().where("entity_type = 'programme' and entity_id = ?", result.programmeId().toString());
        assertThat(written).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("IMPORT");
            assertThat(event.actor()).isEqualTo("quantri-test");
            assertThat(event.unitId()).isEqualTo(coordinatingUnit(result.programmeId()));
            assertThat(event.occurredAt()).isNotNull();
            assertThat(json.readTree(event.newValue())).isEqualTo(json.readTree("""
                    {"file": "nhat-ky-2071.yaml", "created": {"units": 0, "organisations": 0, "indicators": 0,
                     "programmes": 1, "tables": 3, "figures": %d, "statedFigures": %d, "successions": 0}}"""
                    .formatted(result.created().figures(), result.created().statedFigures())));
        });
        assertThat(result.created().figures()).isPositive();
    }

    @Test
    void aDryRunWritesNoEntry() {
        long before = rows().count();
        ImportResult result = ProgrammeYaml.seed().withYear(2072).importWith(importer, "thu-2072.yaml", true);
        assertThat(result.succeeded()).isTrue();
        assertThat(rows().count()).isEqualTo(before);
    }

    @Test
    void aFileRefusedWhileWritingLeavesNoEntry() {
        // The programme is written before Biểu 2 names a commune Cam Lộ does not have.
        long before = rows().count();
        ImportResult result = ProgrammeYaml.seed().withYear(2073)
                .withBieu2RowNamed("Cam Xyz")
                .importWith(importer, "sai-2073.yaml", false);
        assertThat(result.succeeded()).isFalse();
        assertThat(rows().count()).isEqualTo(before);
    }

    @Test
    void aChangeRolledBackTakesItsEntryWithIt() {
        long before = rows().count();
        transaction.executeWithoutResult(status -> {
            ImportResult result = ProgrammeYaml.seed().withYear(2074).importWith(importer, "huy-2074.yaml", false);
            assertThat(result.committed()).isTrue();
            assertThat(rows().count()).as("inside the transaction").isEqualTo(before + 1);
            status.setRollbackOnly();
        });
        assertThat(rows().count()).isEqualTo(before);
        assertThat(programmeCount(2074)).isZero();
    }

    @Test
    void anEntryThatCannotBeWrittenRollsItsChangeBack() {
        long before = rows().count();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            ImportResult result = ProgrammeYaml.seed().withYear(2075).importWith(importer, "hong-2075.yaml", false);
            assertThat(result.committed()).isTrue();
            // An entity type longer than its column: the database refuses the entry.
            events.publishEvent(TestChange.update("x".repeat(500), "1", null, null, "không ghi được"));
        })).isInstanceOf(DataAccessException.class);
        assertThat(rows().count()).isEqualTo(before);
        assertThat(programmeCount(2075)).isZero();
    }

    private long programmeId(int year) {
        return jdbc.sql("select id from programme where programme_year = ?").param(year).query(Long.class).single();
    }

    private long programmeCount(int year) {
        return jdbc.sql("select count(*) from programme where programme_year = ?").param(year).query(Long.class).single();
    }

    private long coordinatingUnit(long programmeId) {
        return jdbc.sql("select coordinating_unit_id from programme where id = ?").param(programmeId)
                .query(Long.class).single();
    }
}
