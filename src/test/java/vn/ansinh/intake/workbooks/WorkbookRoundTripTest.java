package vn.ansinh.intake.workbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.Xlsx;

/**
 * A table downloaded from ansinh and imported again is the same data and has no finding; a figure
 * an officer changes in the downloaded workbook is previewed, then written, and the tables follow.
 */
@IntegrationTest
class WorkbookRoundTripTest {

    /** A programme of its own, so that writing figures leaves the seed as it is for other tests. */
    private static final int YEAR = 2051;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgrammeImporter importer;

    WorkbookCalls calls;

    @BeforeEach
    void calls() {
        calls = new WorkbookCalls(mvc, jdbc);
    }

    @ParameterizedTest
    @CsvSource({"bieu-1, 72", "bieu-2, 45", "bieu-3, 45"})
    void aDownloadedTableImportsAsTheSameDataWithNoFinding(String table, int inputs) throws Exception {
        byte[] workbook = calls.exported(1, table);
        List<String> before = calls.figures();

        String json = calls.check(1, table + ".xlsx", workbook);

        assertThat(JsonPath.<Boolean>read(json, "$.succeeded")).isTrue();
        assertThat(JsonPath.<String>read(json, "$.sheets[0].table")).isEqualTo(table);
        assertThat(JsonPath.<Boolean>read(json, "$.sheets[0].byCodes")).isTrue();
        assertThat(JsonPath.<Integer>read(json, "$.sheets[0].rows")).isEqualTo(9);
        assertThat(JsonPath.<Map<String, Integer>>read(json, "$.counts"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("created", 0, "changed", 0, "unchanged", inputs, "blank", 0));
        assertThat(JsonPath.<List<Object>>read(json, "$.findings")).isEmpty();
        assertThat(JsonPath.<List<Object>>read(json, "$.notices")).isEmpty();

        assertThat(calls.send(1, table + ".xlsx", workbook, false).getResponse().getStatus()).isEqualTo(200);
        assertThat(calls.figures()).isEqualTo(before);
    }

    @Test
    void aFigureChangedInExcelIsPreviewedThenWrittenAndTheTotalFollows() throws Exception {
        long programme = calls.programmeOfYear(importer, YEAR);
        Xlsx sheet = Xlsx.open(calls.exported(programme, "bieu-1"));
        // Cam An's row, column 6 (jobs): the eighth cell, after A, B and columns 1–5.
        byte[] changed = sheet.set(sheet.rowOf(1, "Cam An"), 7, 216).bytes();
        List<String> before = calls.figures();

        String preview = calls.check(programme, "bieu-1 sua.xlsx", changed);

        assertThat(JsonPath.<Map<String, Integer>>read(preview, "$.counts"))
                .containsEntry("created", 0).containsEntry("changed", 1).containsEntry("unchanged", 71);
        assertThat(JsonPath.<List<Map<String, Object>>>read(preview, "$.changes")).singleElement().satisfies(change -> {
            assertThat(change).containsEntry("table", "bieu-1").containsEntry("unit", "Cam An").containsEntry("column", "6")
                    .containsEntry("beforeText", "215").containsEntry("afterText", "216");
            assertThat(new BigDecimal(change.get("after").toString())).isEqualByComparingTo("216");
        });
        assertThat(calls.figures()).as("a dry run writes nothing").isEqualTo(before);
        assertThat(jobsTotal(programme)).isEqualTo(1296);
        long imports = audited("IMPORT", "annex_workbook");
        long targetChanges = audited("UPDATE", "target");

        assertThat(calls.send(programme, "bieu-1 sua.xlsx", changed, false).getResponse().getStatus()).isEqualTo(200);

        assertThat(jobsTotal(programme)).isEqualTo(1297);
        assertThat(audited("IMPORT", "annex_workbook")).isEqualTo(imports + 1);
        assertThat(audited("UPDATE", "target")).isEqualTo(targetChanges + 1);
    }

    private long jobsTotal(long programme) throws Exception {
        String json = mvc.perform(get("/api/v1/programmes/" + programme + "/tables/bieu-1")).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.<Number>read(json, "$.total.values['6']").longValue();
    }

    private long audited(String action, String entity) {
        return jdbc.sql("select count(*) from audit_event where action = :action and entity_type = :entity")
                .param("action", action).param("entity", entity).query(Long.class).single();
    }
}
