package vn.ansinh.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.Xlsx;
import vn.ansinh.units.Units;

/**
 * Labour record lists import as records of every kind — checked whole, written all or nothing — and
 * each bad cell is named by row and column; a list of one kind needs no «Loại» column.
 */
@IntegrationTest
class LabourImportTest {

    private static final AccessScope ALL = AccessScope.everything();

    @Autowired
    LabourImports imports;
    @Autowired
    LabourRecords records;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;

    @Autowired
    vn.ansinh.intake.ProgrammeImporter importer;

    /** Records are of a past year with a programme: neither in the future nor outside every programme. */
    @org.junit.jupiter.api.BeforeEach
    void programmeOfTheYear() {
        vn.ansinh.support.SeedOfYear.of(jdbc, importer, 2013);
    }

    @Test
    void aDayThatDoesNotExistMakesTheDryRunCallTheFileWrongNamingRowAndColumn() throws Exception {
        String csv = "Loại,Xã,Ngày,Họ tên,Giới tính,Ngày sinh,Nơi làm việc\n"
                + "Việc làm,Cam Hiếu,31/06/2013,Lê Văn A,Nam,,Tại xã\n"
                + "Việc làm,Cam Hiếu,01/06/2013,Lê Văn B,Nam,30/02/1980,Tại xã\n";
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/labour/import")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "ngay.csv", "text/csv", bytes(csv)))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("dòng 2", "cột «Ngày»", "31/06/2013 không phải là ngày có thật",
                "dòng 3", "cột «Ngày sinh»", "30/02/1980 không phải là ngày có thật").doesNotContain("hợp lệ; chưa ghi gì");
    }

    @Test
    void aChildAFutureDayAndADayOfNoProgrammeAreRefusedByRowAndColumn() throws Exception {
        String csv = "Loại,Xã,Ngày,Họ tên,Giới tính,Ngày sinh,Nơi làm việc\n"
                + "Việc làm,Cam Hiếu,05/03/2013,Trẻ Tám Tuổi,Nam,01/01/2005,Tại xã\n"
                + "Việc làm,Cam Hiếu,05/03/2999,Ngày Mai,Nam,,Tại xã\n"
                + "Việc làm,Cam Hiếu,05/03/2011,Năm Khác,Nam,,Tại xã\n"
                + "Việc làm,Cam Hiếu,05/03/2013,Đúng Tuổi,Nam,01/01/1990,Tại xã\n";
        LabourImportResult result = imports.importList("tuoi.csv", bytes(csv), null, true, ALL);
        assertThat(result.errors()).extracting(LabourListProblem::row, LabourListProblem::column, LabourListProblem::code)
                .containsExactly(tuple(2, "Ngày sinh", "labour.record.tooYoung"), tuple(3, "Ngày", "labour.record.future"),
                        tuple(4, "Ngày", "labour.record.noProgramme"));
        assertThat(result.errors().get(0).arguments()).containsExactly(8, "05/03/2013", "01/01/2020");
        assertThat(result.errors().get(2).arguments()).containsExactly("05/03/2011", "2011");
    }

    @Test
    void aListOfEveryKindIsCheckedThenWritten() throws Exception {
        long camHieu = units.byCode("QT.CL.HIEU").orElseThrow().id();
        long course = records.addCourse(camHieu, "May công nghiệp", "Sơ cấp", 3, "Trung tâm GDNN", "Đề án 1956",
                LocalDate.of(2013, 2, 1), ALL);
        String csv = "Loại,Xã,Ngày,Họ tên,Giới tính,Ngày sinh,Nơi làm việc,Nơi tuyển dụng,Mã khóa học,Nghề,Trình độ,Nước đến,Thời hạn hợp đồng\n"
                + "Giải quyết việc làm,Cam Hiếu,05/01/2013,Lê Văn A,Nam,1990-01-01,Ngoài tỉnh,Công ty X,,,,,\n"
                + "Đào tạo nghề,Cam Hiếu,01/02/2013,Lê Thị B,Nữ,,,," + course + ",,,,\n"
                + "Chứng chỉ nghề,Cam Hiếu,10/03/2013,Lê Văn C,Nam,,,,,Hàn điện,Bậc 1,,\n"
                + "Tư vấn XKLĐ,Cam Hiếu,11/03/2013,Lê Văn D,Nam,,,,,,,,\n"
                + "Đăng ký XKLĐ,Cam Hiếu,12/03/2013,Lê Văn D,Nam,,,,,,,,\n"
                + "Xuất cảnh,Cam Hiếu,01/06/2013,Lê Văn D,Nam,,,Công ty Y,,,,Nhật Bản,36\n"
                + "Về nước trước hạn,Cam Hiếu,01/12/2013,Lê Văn E,Nam,,,,,,,Đài Loan,\n";
        long before = count();

        LabourImportResult checked = imports.importList("ld.csv", bytes(csv), null, true, ALL);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.records()).containsOnlyKeys(RecordKind.values()).allSatisfy((k, n) -> assertThat(n).isEqualTo(1));
        assertThat(count()).isEqualTo(before);

        assertThat(imports.importList("ld.csv", bytes(csv), null, false, ALL).succeeded()).isTrue();
        assertThat(count()).isEqualTo(before + 7);
        assertThat(records.of(List.of(camHieu), 2013, ALL)).filteredOn(r -> r.kind() == RecordKind.EXPORT_DEPARTURE)
                .singleElement().satisfies(r -> {
                    assertThat(r.country()).isEqualTo("Nhật Bản");
                    assertThat(r.contractMonths()).isEqualTo(36);
                });
    }

    @Test
    void anXlsxListOfOneKindNeedsNoKindColumn() throws Exception {
        byte[] xlsx = Xlsx.create().sheet("Việc làm").row("Xã", "Ngày", "Họ tên", "Giới tính", "Nơi làm việc")
                .row("Xã Cam Hiếu", "2013-04-01", "Phan Văn F", "Nam", "Tại xã").bytes();
        LabourImportResult result = imports.importList("vl.xlsx", xlsx, RecordKind.JOB_PLACEMENT, true, ALL);
        assertThat(result.errors()).isEmpty();
        assertThat(result.records()).containsEntry(RecordKind.JOB_PLACEMENT, 1);
        assertThat(imports.importList("vl.xlsx", xlsx, null, true, ALL).errors()).extracting(LabourListProblem::code)
                .containsExactly("householdList.column.missing");
    }

    @Test
    void everyBadCellIsNamedAndNothingIsWritten() throws Exception {
        String csv = "Loại,Xã,Ngày,Họ tên,Giới tính,Nơi làm việc,Mã khóa học,Thời hạn hợp đồng\n"
                + "Việc làm,Cam Hiếu,32/01/2013,A,Nam,Tại xã,,\n"
                + "Việc vặt,Cam Hiếu,01/01/2013,B,Nam,Tại xã,,\n"
                + "Việc làm,Cam Hiu,01/01/2013,C,Nam,Tại xã,,\n"
                + "Việc làm,Cam Hiếu,01/01/2013,D,Không rõ,Trên trời,,\n"
                + "Việc làm,Cam Hiếu,01/01/2013,E,Nam,,,\n"
                + "Xuất cảnh,Cam Hiếu,01/01/2013,F,Nữ,,,ba năm\n";
        long before = count();

        LabourImportResult result = imports.importList("sai.csv", bytes(csv), null, false, ALL);

        assertThat(result.errors()).extracting(LabourListProblem::row, LabourListProblem::column, LabourListProblem::code)
                .containsExactly(tuple(2, "Ngày", "date.notReal"), tuple(3, "Loại", "labour.list.kind"),
                        tuple(4, "Xã", "householdList.commune.unknownInYear"), tuple(5, "Giới tính", "householdList.sex"),
                        tuple(5, "Nơi làm việc", "labour.list.place"), tuple(6, "Nơi làm việc", "labour.record.place"),
                        tuple(7, "Thời hạn hợp đồng", "labour.list.whole"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void thePageChecksAListAndSaysWhatItWouldImport() throws Exception {
        String csv = "Loại,Xã,Ngày,Họ tên,Giới tính,Nơi làm việc\nViệc làm,Cam Hiếu,01/05/2013,Võ Văn G,Nam,Tại xã\n";
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/labour/import")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "vl.csv", "text/csv", bytes(csv)))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tệp vl.csv hợp lệ; chưa ghi gì.", "Giải quyết việc làm: 1");
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    private long count() {
        return jdbc.sql("select count(*) from labour_record").query(Long.class).single();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
