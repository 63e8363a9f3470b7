package vn.ansinh.intake.workbooks;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.support.SeedOfYear;

/** Downloads a table's workbook, sends a workbook to the import API, and reads every stored figure. */
record WorkbookCalls(MockMvc mvc, JdbcClient jdbc) {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    byte[] exported(long programme, String table) throws Exception {
        return mvc.perform(get("/programmes/" + programme + "/tables/" + table + ".xlsx")).andReturn().getResponse()
                .getContentAsByteArray();
    }

    MvcResult send(long programme, String file, byte[] content, boolean dryRun) throws Exception {
        return mvc.perform(multipart("/api/v1/programmes/" + programme + "/imports")
                .file(new MockMultipartFile("file", file, XLSX, content)).param("dryRun", String.valueOf(dryRun)))
                .andReturn();
    }

    /** The JSON answer of a dry run. */
    String check(long programme, String file, byte[] content) throws Exception {
        return send(programme, file, content, true).getResponse().getContentAsString();
    }

    /** The seed as a programme of another year, for tests that write figures. */
    long programmeOfYear(ProgrammeImporter importer, int year) {
        return SeedOfYear.of(jdbc, importer, year).programmeId();
    }

    /** Every baseline and target there is, to show an import changed none. */
    List<String> figures() {
        return jdbc.sql("""
                select 'B ' || indicator_id || ' ' || unit_id || ' ' || coalesce(organisation_id, 0) || ' '
                       || baseline_year || ' ' || amount from baseline
                union all
                select 'T ' || indicator_id || ' ' || unit_id || ' ' || coalesce(organisation_id, 0) || ' '
                       || target_year || ' ' || coalesce(amount, -1) || ' ' || coalesce(plan_amount, -1) from target
                order by 1""").query(String.class).list();
    }
}
