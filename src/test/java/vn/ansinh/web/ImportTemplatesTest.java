package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.support.IntegrationTest;

/**
 * «Tải tệp mẫu»: each import's template has its headers and a drop-down list for every column that takes
 * only some values; filled in with those values it reads back through its import without an error. The
 * pages list the columns and their values instead of sending users to README.
 */
// Its own database: the household template offers every commune the administrator writes, and other tests add
// communes (namesakes, units of other years) that a list of 2019 cannot name.
@IntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:import_templates;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class ImportTemplatesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theHouseholdListTemplateHasItsListsAndReadsBack() throws Exception {
        Template template = download("/registry/import/template.xlsx");
        assertThat(template.headers()).startsWith("Xã", "Mã hộ", "Thôn", "Địa chỉ", "Khu vực").contains("Phân loại",
                "Nhóm hộ nghèo", "Lý do", "Họ tên", "Giới tính", "Quan hệ với chủ hộ", "BHYT");
        assertThat(template.lists().get("Khu vực")).containsExactly("Nông thôn", "Thành thị");
        assertThat(template.lists().get("Giới tính")).containsExactly("Nam", "Nữ");
        assertThat(template.lists().get("Phân loại")).hasSize(4);
        assertThat(template.lists().get("Xã")).contains("Cam An", "Cam Thủy", "Cam Thành", "Cam Thanh", "Cam Lộ");
        List<String> communes = template.lists().get("Xã");
        for (int i = 0; i < communes.size(); i++) {
            boolean canExit = i % 2 == 0;
            template.row("Xã", communes.get(i), "Mã hộ", "MAU-" + i, "Khu vực", "Nông thôn", "Năm", "2019",
                    "Phân loại", "Hộ nghèo", "Nhóm hộ nghèo", template.lists().get("Nhóm hộ nghèo").get(canExit ? 0 : 1),
                    "Lý do", canExit ? "" : template.lists().get("Lý do").get(i % 5), "Họ tên", "Trần Văn " + i,
                    "Giới tính", "Nam", "Quan hệ với chủ hộ", "Chủ hộ", "BHYT", "Có");
        }
        String page = readBack("/registry/import", template, 200);
        assertThat(page).contains("hợp lệ").doesNotContain("alert-danger");
    }

    @Test
    void theLabourRecordTemplateHasItsListsAndReadsBack() throws Exception {
        Template template = download("/labour/import/template.xlsx");
        assertThat(template.headers()).startsWith("Loại", "Xã", "Ngày", "Họ tên", "Giới tính", "Ngày sinh");
        assertThat(template.lists().get("Loại")).hasSize(7).contains("Giải quyết việc làm", "Về nước trước hạn");
        assertThat(template.lists().get("Nơi làm việc")).containsExactly("Tại xã", "Trong tỉnh", "Ngoài tỉnh", "Nước ngoài");
        for (String place : template.lists().get("Nơi làm việc")) {
            template.row("Loại", "Giải quyết việc làm", "Xã", template.lists().get("Xã").get(0), "Ngày", "15/03/2019",
                    "Họ tên", "Lê Thị Hoa", "Giới tính", "Nữ", "Ngày sinh", "01/01/1990", "Nơi làm việc", place);
        }
        String page = readBack("/labour/import", template, 200);
        assertThat(page).contains("Giải quyết việc làm: 4").doesNotContain("alert-danger");
    }

    @Test
    void thePersonListTemplateHasItsListsAndReadsBack() throws Exception {
        Template template = download("/labour/persons/template.xlsx");
        assertThat(template.headers()).containsExactly("Xã", "Họ tên", "Giới tính", "Ngày sinh", "Có việc làm",
                "Trình độ", "Chứng chỉ");
        for (String training : template.lists().get("Trình độ")) {
            template.row("Xã", "Cam Nghĩa", "Họ tên", "Hồ Văn Pả", "Giới tính", "Nam", "Ngày sinh", "02/02/1980",
                    "Có việc làm", "Có", "Trình độ", training);
        }
        assertThat(readBack("/api/v1/labour/persons/imports", template, 200)).contains("\"succeeded\":true");
    }

    @Test
    void eachTableOfTheWorkbookImportIsListedAndItsDownloadReadsBack() throws Exception {
        String page = mvc.perform(get("/programmes/1/imports")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Biểu số 1", "Biểu số 2", "Biểu số 3", "/programmes/1/tables/bieu-2.xlsx",
                "tên xã, thị trấn như in").doesNotContain("README");
        byte[] table = mvc.perform(get("/programmes/1/tables/bieu-2.xlsx")).andReturn().getResponse().getContentAsByteArray();
        MockHttpServletResponse checked = mvc.perform(multipart("/programmes/1/imports").file(file("bieu-2.xlsx", table))
                .param("dryRun", "true").with(csrf())).andReturn().getResponse();
        assertThat(checked.getStatus()).isEqualTo(200);
    }

    @Test
    void theProgrammeFileTemplateIsACompleteFileAndThePageListsItsParts() throws Exception {
        String page = mvc.perform(get("/imports/programme")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("units", "indicators", "tables", "cây đơn vị hành chính", "/imports/programme/template.yaml");
        String yaml = mvc.perform(get("/imports/programme/template.yaml")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(yaml).contains("format: ansinh-programme/1", "units:", "tables:");
    }

    @Test
    void theImportPagesListTheirColumnsAndValues() throws Exception {
        for (String url : List.of("/registry/import", "/labour/import")) {
            String page = mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(url).contains("Tải tệp mẫu", "Nam · Nữ", "Họ tên").doesNotContain("README");
        }
    }

    private Template download(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).contains(".xlsx");
        return new Template(new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray())));
    }

    private String readBack(String url, Template template, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart(url).file(file("mau.xlsx", template.bytes()))
                .param("dryRun", "true").with(csrf())).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        return body;
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }

    /** A downloaded template: its headers, the values of each drop-down list, and rows added to it. */
    private record Template(XSSFWorkbook workbook) {

        List<String> headers() {
            List<String> headers = new ArrayList<>();
            workbook.getSheetAt(0).getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            return headers;
        }

        /** By header, the values its drop-down list offers (read from the range the validation names). */
        Map<String, List<String>> lists() {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.isSheetHidden(1)).as("the lists' sheet is hidden").isTrue();
            Map<String, List<String>> lists = new LinkedHashMap<>();
            for (DataValidation validation : sheet.getDataValidations()) {
                int column = validation.getRegions().getCellRangeAddress(0).getFirstColumn();
                assertThat(validation.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(1);
                assertThat(validation.getShowErrorBox()).isTrue();
                String formula = validation.getValidationConstraint().getFormula1();
                assertThat(formula).startsWith("'Danh mục'!");
                List<String> values = new ArrayList<>();
                Sheet listSheet = workbook.getSheet("Danh mục");
                for (Row row : listSheet) {
                    if (row.getCell(column) != null) {
                        values.add(row.getCell(column).getStringCellValue());
                    }
                }
                lists.put(headers().get(column), values);
            }
            return lists;
        }

        /** A row of header, value, header, value… */
        void row(String... cells) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            List<String> headers = headers();
            for (int i = 0; i < cells.length; i += 2) {
                row.createCell(headers.indexOf(cells[i])).setCellValue(cells[i + 1]);
            }
        }

        byte[] bytes() throws Exception {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
