package vn.ansinh.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.support.IntegrationTest;

/** The stable JSON API other tools rely on, answered for the seed programme (id 1). */
@IntegrationTest
class ApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsProgrammesWithYearTitleAndCoordinatingUnit() throws Exception {
        mvc.perform(get("/api/v1/programmes"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 1)].year").value(contains(2019)))
                .andExpect(jsonPath("$[?(@.id == 1)].title").value(contains(startsWith("CHƯƠNG TRÌNH PHỐI HỢP"))))
                .andExpect(jsonPath("$[?(@.id == 1)].coordinatingUnit.name").value(contains("Cam Lộ")))
                .andExpect(jsonPath("$[?(@.id == 1)].coordinatingUnit.kind").value(contains("DISTRICT")));
    }

    @Test
    void bieu2HasColumnsRowsAndComputedTotalAsNumbers() throws Exception {
        mvc.perform(get("/api/v1/programmes/1/tables/bieu-2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subtitle").value("Kèm theo Chương trình phối hợp số … /CTrPH–UBND ngày … tháng 02 năm 2019"))
                .andExpect(jsonPath("$.columns[*].code").value(contains("A", "B", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11")))
                .andExpect(jsonPath("$.columns[11].printedCode").value("10=2-8"))
                .andExpect(jsonPath("$.columns[12].printedCode").value("11=3-9"))
                .andExpect(jsonPath("$.rows", hasSize(9)))
                .andExpect(jsonPath("$.rows[0].unit").value("Cam Tuyền"))
                .andExpect(jsonPath("$.rows[0].unitCode").value("QT.CL.TUYEN"))
                .andExpect(jsonPath("$.rows[0].values.1").value(1411))
                .andExpect(jsonPath("$.rows[0].values.3").value(9.92))
                .andExpect(jsonPath("$.rows[1].values.11").value(3.46))
                .andExpect(jsonPath("$.total.unit").value("Tổng cộng"))
                .andExpect(jsonPath("$.total.values.1").value(14653))
                .andExpect(jsonPath("$.total.values.3").value(4.16))
                .andExpect(jsonPath("$.total.values.11").value(3.60));
    }

    @Test
    void bieu1TotalIsComputedAndPrintedTotalIsKeptBesideIt() throws Exception {
        mvc.perform(get("/api/v1/programmes/1/tables/bieu-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].unit").value("Cam An"))
                .andExpect(jsonPath("$.rows[0].values.3").value(882))
                .andExpect(jsonPath("$.total.values.2").value(25074))
                .andExpect(jsonPath("$.total.printed.2").value(25073))
                .andExpect(jsonPath("$.total.values.6").value(1296))
                .andExpect(jsonPath("$.total.values.9").value(150));
    }

    @Test
    void bieu3RowTotalsAndColumnTotals() throws Exception {
        mvc.perform(get("/api/v1/programmes/1/tables/bieu-3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[4].unit").value("Xã Cam Thành"))
                .andExpect(jsonPath("$.rows[4].values.6").value(14))
                .andExpect(jsonPath("$.total.values.1").value(31))
                .andExpect(jsonPath("$.total.values.6").value(82));
    }

    @Test
    void findingsNameTableRowColumnPrintedComputedAndRule() throws Exception {
        mvc.perform(get("/api/v1/programmes/1/findings"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(7)))
                .andExpect(jsonPath("$[0].table").value("bieu-1"))
                .andExpect(jsonPath("$[0].row").value("Tổng cộng"))
                .andExpect(jsonPath("$[0].column").value("2"))
                .andExpect(jsonPath("$[0].printed").value(25073))
                .andExpect(jsonPath("$[0].computed").value(25074))
                .andExpect(jsonPath("$[0].rule").value("COLUMN_TOTAL"))
                .andExpect(jsonPath("$[0].explanation").value("Tổng cộng cột 2 phải bằng tổng các dòng"))
                .andExpect(jsonPath("$[*].rule").value(hasItem("TEXT_FIGURE")));
    }

    @Test
    void explainsFindingsInEnglishWhenAsked() throws Exception {
        mvc.perform(get("/api/v1/programmes/1/findings").header("Accept-Language", "en").param("lang", "en"))
                .andExpect(jsonPath("$[0].explanation").value("The total of column 2 must be the sum of the rows"));
    }

    @Test
    void unknownProgrammeOrTableIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/programmes/999/tables/bieu-1")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programmes/1/tables/bieu-9")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programmes/999/findings")).andExpect(status().isNotFound());
    }

    @Test
    void publishesOpenApiDescription() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/programmes']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/programmes/{id}/tables/{table}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/programmes/{id}/findings']").exists());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void downloadsEachTableAsWorkbook() throws Exception {
        mvc.perform(get("/programmes/1/tables/bieu-2.xlsx"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"bieu-2-2019.xlsx\""));
    }
}
