package vn.ansinh.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.RowCounts;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.support.Xlsx;

/**
 * Files that once answered 500, hung or passed a dry run the write then failed on: each answered at once, as
 * a refusal naming what is wrong and where, and the dry run refusing what the database could not hold.
 */
@IntegrationTest
class BadFilesTest {

    private static final String HOUSEHOLDS = "Xã;Mã hộ;Thôn;Địa chỉ;Khu vực;Họ tên;Giới tính;Quan hệ với chủ hộ\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgrammeImporter importer;

    long programme;

    @BeforeEach
    void programme() {
        programme = SeedOfYear.of(jdbc, importer, 2051).programmeId();
    }

    @Test
    void aBieuWorkbookWithARowNumberedNineHundredMillionIsAnsweredAtOnce() throws Exception {
        Map<String, byte[]> parts = Mutations.unzip(exported("bieu-2"));
        String sheet = parts.keySet().stream().filter(n -> n.startsWith("xl/worksheets/sheet")).findFirst().orElseThrow();
        String xml = new String(parts.get(sheet), StandardCharsets.UTF_8).replace("</sheetData>",
                "<row r=\"999999999\"><c r=\"C999999999\"><v>5</v></c></row></sheetData>");
        parts.put(sheet, xml.getBytes(StandardCharsets.UTF_8));

        long start = System.nanoTime();
        MvcResult result = send("/api/v1/programmes/" + programme + "/imports", "bieu2.xlsx", Mutations.zip(parts));

        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("999999999");
    }

    @Test
    void aFigureTooLargeForTheDatabaseIsRefusedByTheDryRunNamedByRowAndColumn() throws Exception {
        Xlsx workbook = Xlsx.open(exported("bieu-2"));
        int row = workbook.rowOf(1, "Cam An");
        workbook.set(row, 2, 1e30).set(row + 1, 2, "9".repeat(40));

        assertThat(errors(send("/api/v1/programmes/" + programme + "/imports", "bieu2.xlsx", workbook.bytes())))
                .containsExactly(List.of("workbook.cell.tooLarge", row + 1, "C"), List.of("workbook.cell.tooLarge", row + 2, "C"));
    }

    @Test
    void aTextLongerThanItsColumnIsRefusedByTheDryRunOfEveryList() throws Exception {
        String households = HOUSEHOLDS + "Xã Cam Thủy;LONG-1;Thôn Tân Mỹ;" + "đ".repeat(5000) + ";Nông thôn;Lê Văn A;Nam;Chủ hộ\n";
        assertThat(send("/api/v1/households/imports", "ho.csv", households.getBytes(StandardCharsets.UTF_8))
                .getResponse().getContentAsString()).contains("list.cell.tooLong", "\"row\":2", "Địa chỉ", "5.000", "300");
        String labour = "Loại;Xã;Ngày;Họ tên;Giới tính;Nơi làm việc;Ghi chú\nViệc làm;Cam Hiếu;01/05/2013;Võ Văn G;Nam;Tại xã;"
                + "x".repeat(5000) + "\n";
        assertThat(send("/api/v1/labour/imports", "ld.csv", labour.getBytes(StandardCharsets.UTF_8)).getResponse()
                .getContentAsString()).contains("list.cell.tooLong", "Ghi chú", "500");
        String persons = "Xã;Họ tên;Giới tính;Ngày sinh;Có việc làm;Trình độ\nCam Hiếu;" + "L".repeat(5000)
                + ";Nữ;1990-04-05;Có;Có chứng chỉ\n";
        assertThat(send("/api/v1/labour/persons/imports", "nk.csv", persons.getBytes(StandardCharsets.UTF_8)).getResponse()
                .getContentAsString()).contains("list.cell.tooLong", "Họ tên", "200");
    }

    @Test
    void foreignAndHostileFilesAreRefusedAsWhatTheyAre() throws Exception {
        Map<String, byte[]> files = Mutations.hostile();
        for (String upload : List.of("/api/v1/households/imports", "/api/v1/programmes/" + programme + "/imports")) {
            assertThat(codes(send(upload, "bomb.xlsx", files.get("bomb.xlsx")))).containsExactly("upload.file.tooBig");
            assertThat(codes(send(upload, "thu.docx", files.get("letter.docx.xlsx")))).containsExactly("upload.file.word");
            assertThat(codes(send(upload, "nen.zip", files.get("text.zip.xlsx")))).containsExactly("upload.file.zip");
            assertThat(codes(send(upload, "rac.xls", files.get("garbage.xls")))).containsExactly("upload.file.broken");
        }
        Map<String, byte[]> parts = Mutations.unzip(Xlsx.create().sheet("Danh sách").row("Xã", "Mã hộ").bytes());
        String sheet = "xl/worksheets/sheet1.xml";
        parts.put(sheet, new String(parts.get(sheet), StandardCharsets.UTF_8)
                .replace("<sheetData>", "<x>".repeat(20_000) + "</x>".repeat(20_000) + "<sheetData>").getBytes(StandardCharsets.UTF_8));
        assertThat(codes(send("/api/v1/households/imports", "sau.xlsx", Mutations.zip(parts))))
                .containsExactly("upload.file.tooDeep");
        String cell = HOUSEHOLDS + "\"" + "a".repeat(40_000) + "\";1\n";
        assertThat(send("/api/v1/households/imports", "o.csv", cell.getBytes(StandardCharsets.UTF_8)).getResponse()
                .getContentAsString()).contains("upload.file.cellTooLong", "\"row\":2");
    }

    private byte[] exported(String table) throws Exception {
        return mvc.perform(get("/programmes/" + programme + "/tables/" + table + ".xlsx")).andReturn().getResponse()
                .getContentAsByteArray();
    }

    /** A dry run, checked to have written nothing. */
    private MvcResult send(String upload, String file, byte[] content) throws Exception {
        RowCounts before = RowCounts.of(jdbc);
        MvcResult result = mvc.perform(multipart(upload).file(new MockMultipartFile("file", file, "application/octet-stream",
                content)).param("dryRun", "true")).andReturn();
        assertThat(RowCounts.of(jdbc).changesSince(before)).isEmpty();
        assertThat(result.getResponse().getStatus()).as(file).isLessThan(500);
        return result;
    }

    private static List<List<Object>> errors(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        return JsonPath.<List<Map<String, Object>>>read(result.getResponse().getContentAsString(), "$.errors").stream()
                .map(e -> List.<Object>of(e.get("code"), e.get("row"), e.get("column"))).toList();
    }

    private static List<Object> codes(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        return JsonPath.<List<Map<String, Object>>>read(result.getResponse().getContentAsString(), "$.errors").stream()
                .map(e -> e.get("code")).toList();
    }
}
