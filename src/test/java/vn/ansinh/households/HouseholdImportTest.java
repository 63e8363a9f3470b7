package vn.ansinh.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.partners.Partners;
import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedScopes;
import vn.ansinh.support.Xlsx;
import vn.ansinh.units.Units;

/**
 * A household list imports as a commune's register — CSV as Excel saves it, or XLSX — checked whole
 * before anything is written; each kind of bad cell is named by row and column, and then nothing is.
 */
@IntegrationTest
class HouseholdImportTest {

    private static final AccessScope ALL = AccessScope.everything();
    private static final String HEADER = "Xã;Mã hộ;Thôn;Địa chỉ;Khu vực;Dân tộc;Điện thoại;Năm;Phân loại;Nhóm hộ nghèo;Lý do;"
            + "Họ tên;Giới tính;Ngày sinh;Quan hệ với chủ hộ;Số CCCD;Khuyết tật;BHYT;Trình độ học vấn;Việc làm\n";

    @Autowired
    HouseholdImports imports;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;
    @Autowired
    Partners partners;
    @Autowired
    MessageSource messages;
    @Autowired
    HouseholdExports exports;

    @Test
    void aCsvListIsCheckedThenImportedAsTheCommunesRegister() throws Exception {
        String csv = "\ufeff" + HEADER
                + "Xã Cam Thủy;IM-01;Thôn Tân Mỹ;\"Thôn Tân Mỹ, xã Cam Thủy\";Nông thôn;Kinh;0905 123 456;2086;Hộ nghèo;CSGN;;"
                + "Trần Văn Nam;Nam;12/03/1968;Chủ hộ;045068001234;;x;THCS;Nông nghiệp\n"
                + "Xã Cam Thủy;IM-01;;;;;;;;;;Nguyễn Thị Hoa;Nữ;1970-07-01;Vợ;;;x;;\n"
                + "Xã Cam Thủy;IM-01;;;;;;;;;;Trần Văn An;Nam;01/09/2005;Con;;Có;x;THPT;Học sinh\n"
                + "\n"
                + "cam thuy;IM-02;Thôn Tân Mỹ;;Nông thôn;Kinh;;2086;Hộ nghèo;Không thể thoát nghèo;Người cao tuổi sống một mình;"
                + "Lê Thị Lành;Nữ;05/05/1940;Chủ hộ;;;x;;\n"
                + "Xã Cam Thủy;IM-03;Thôn Mộc Đức;;Nông thôn;Vân Kiều;;2086;Hộ cận nghèo;;;"
                + "Hồ Văn Pả;Nam;1980-02-02;Con;;;;;\n"
                + "Xã Cam Thủy;IM-03;;;;;;;;;;Hồ Văn Sơn;Nam;1955-01-01;Chủ hộ;;;;;\n";
        long before = households();

        HouseholdImportResult checked = imports.importList("ds-cam-thuy.csv", bytes(csv), true, ALL);

        assertThat(checked.errors()).isEmpty();
        assertThat(List.of(checked.created(), checked.changed(), checked.members(), checked.statuses()))
                .containsExactly(3, 0, 6, 3);
        assertThat(households()).isEqualTo(before);

        HouseholdImportResult written = imports.importList("ds-cam-thuy.csv", bytes(csv), false, ALL);

        assertThat(written.succeeded()).isTrue();
        assertThat(households()).isEqualTo(before + 3);
        Household first = byCode("IM-01");
        assertThat(first.address()).isEqualTo("Thôn Tân Mỹ, xã Cam Thủy");
        assertThat(first.phone()).isEqualTo("0905123456");
        assertThat(first.members()).extracting(Member::fullName, Member::disability)
                .containsExactly(tuple("Trần Văn Nam", false), tuple("Nguyễn Thị Hoa", false), tuple("Trần Văn An", true));
        assertThat(byCode("IM-03").headName()).isEqualTo("Hồ Văn Sơn");
        assertThat(byCode("IM-03").members().get(0).fullName()).isEqualTo("Hồ Văn Sơn");
        assertThat(registry.history(byCode("IM-02").id(), ALL)).singleElement()
                .extracting(HouseholdStatus::category, HouseholdStatus::reason)
                .containsExactly(PoorCategory.CANNOT_EXIT, CannotExitReason.ELDERLY_ALONE);
        long camThuy = units.byCode("QT.CL.THUY").orElseThrow().id();
        assertThat(registry.counts(List.of(camThuy), 2086).get(camThuy)).containsEntry(RegistryMeasure.HOUSEHOLDS, 3L)
                .containsEntry(RegistryMeasure.POOR, 2L).containsEntry(RegistryMeasure.NEAR_POOR, 1L);

        // The next year's list changes the households that are there, and counts again.
        String again = csv.replace("2086;Hộ nghèo;CSGN", "2086;Hộ cận nghèo;");
        HouseholdImportResult changed = imports.importList("ds-cam-thuy-2.csv", bytes(again), false, ALL);
        assertThat(List.of(changed.created(), changed.changed())).containsExactly(0, 3);
        assertThat(registry.counts(List.of(camThuy), 2086).get(camThuy)).containsEntry(RegistryMeasure.POOR, 1L)
                .containsEntry(RegistryMeasure.NEAR_POOR, 2L).containsEntry(RegistryMeasure.HOUSEHOLDS, 3L);
        assertThat(households()).isEqualTo(before + 3);

        // Exported, the commune's list reads back as the same households, changing nothing new.
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long rows = exports.writeXlsx(camThuy, 2086, ALL, "Dữ liệu cá nhân", out);
        HouseholdImportResult back = imports.importList("so-ho.xlsx", out.toByteArray(), true, ALL);
        assertThat(back.errors()).isEmpty();
        assertThat(rows).isEqualTo(back.members());
        assertThat(back.created()).isZero();
        assertThat(back.changed()).isGreaterThanOrEqualTo(3);

        // A viewer's export has the personal data masked.
        out.reset();
        exports.writeXlsx(camThuy, 2086, new SeedScopes(units, partners).viewer("QT.CL.THUY"), "Dữ liệu cá nhân", out);
        String masked = sheetText(out.toByteArray());
        assertThat(masked).contains("********1234", "******3456").doesNotContain("045068001234", "0905123456");
    }

    private static String sheetText(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
        }
        return text.toString();
    }

    @Test
    void anXlsxListImportsTheSame() throws Exception {
        byte[] xlsx = Xlsx.create().sheet("Danh sách")
                .row("STT", "Xã", "Mã hộ", "Khu vực", "Năm", "Phân loại", "Nhóm hộ nghèo", "Họ tên", "Giới tính", "Ngày sinh",
                        "Quan hệ với chủ hộ", "Số CCCD")
                .row(1, "Xã Cam Hiếu", "XL-01", "Nông thôn", 2086, "Hộ nghèo", "CSGN", "Phan Văn Lợi", "Nam", "1972-04-30",
                        "Chủ hộ", "045072009876")
                .row(2, "Xã Cam Hiếu", "XL-01", null, null, null, null, "Phan Thị Hằng", "Nữ", null, "Vợ", null)
                .bytes();

        HouseholdImportResult result = imports.importList("ds.xlsx", xlsx, false, ALL);

        assertThat(result.errors()).isEmpty();
        assertThat(result.notices()).extracting(HouseholdListProblem::code).containsExactly("householdList.column.unused");
        assertThat(byCode("XL-01").members()).extracting(Member::citizenId).containsExactly("045072009876", null);
        assertThat(registry.history(byCode("XL-01").id(), ALL)).extracting(HouseholdStatus::classification)
                .containsExactly(Classification.POOR);
    }

    @Test
    void everyBadCellIsNamedByRowAndColumnAndNothingIsWritten() throws Exception {
        String csv = HEADER
                + "Xã Cam Thủy;ER-01;;;Nông thôn;;;2086;Hộ nghèo;;;A;Nam;;Chủ hộ;;;;;\n"
                + "Xã Cam Thủyy;ER-02;;;Nông thôn;;;;;;;B;Nam;;Chủ hộ;;;;;\n"
                + "Xã Cam Thủy;ER-03;;;Miền núi;;;;;;;C;Không rõ;32/13/1990;Chủ hộ;12-34;có lẽ;;;\n"
                + "Xã Cam Thủy;ER-04;;;Nông thôn;;;;;;;D;Nam;;Con;;;;;\n"
                + "Xã Cam Thủy;ER-05;;;Nông thôn;;;;;;;E;Nam;;Chủ hộ;;;;;\n"
                + "Xã Cam Thủy;ER-05;;;Thành thị;;;;;;;F;Nữ;;Chủ hộ;;;;;\n"
                + "Xã Cam Thủy;ER-06;;;Nông thôn;;;;;;;G;Nam;;Chủ hộ;;;;;\n"
                + "Xã Cam Thủy;ER-05;;;Nông thôn;;;;;;;H;Nam;;Con;;;;;\n";
        long before = households();

        HouseholdImportResult result = imports.importList("sai.csv", bytes(csv), false, ALL);

        assertThat(result.succeeded()).isFalse();
        assertThat(problems(result)).containsExactly(
                tuple(2, "Phân loại", "household.status.category.missing"),
                tuple(3, "Xã", "householdList.commune.unknown"),
                tuple(4, "Khu vực", "householdList.area"),
                tuple(4, "Giới tính", "householdList.sex"),
                tuple(4, "Ngày sinh", "date.notReal"),
                tuple(4, "Khuyết tật", "householdList.flag"),
                tuple(4, "Số CCCD", "household.citizenId.pattern"),
                tuple(5, "Quan hệ với chủ hộ", "householdList.head.none"),
                tuple(7, "Khu vực", "householdList.household.differs"),
                tuple(6, "Quan hệ với chủ hộ", "householdList.head.many"),
                tuple(9, "Mã hộ", "householdList.household.apart"));
        assertThat(message(result.errors().get(1))).isEqualTo(
                "không có xã, phường, thị trấn «Xã Cam Thủyy»; tên gần nhất: Cam Thủy, Cam Thanh, Cam Tuyền");
        assertThat(message(result.errors().get(10))).isEqualTo("các dòng của hộ ER-05 phải liền nhau (hộ đã có ở dòng 6)");
        assertThat(households()).isEqualTo(before);
    }

    @Test
    void aBirthDayThatDoesNotExistIsNamedInsteadOfMovedToTheMonthsEnd() throws Exception {
        String csv = HEADER + "Xã Cam Thủy;ND-01;;;Nông thôn;;;;;;;Hồ Văn Nhuận;Nam;30/02/1980;Chủ hộ;;;;;\n"
                + "Xã Cam Thủy;ND-02;;;Nông thôn;;;;;;;Hồ Thị Ba;Nữ;31/06/2019;Chủ hộ;;;;;\n";

        HouseholdImportResult result = imports.importList("ngay.csv", bytes(csv), true, ALL);

        assertThat(problems(result)).containsExactly(tuple(2, "Ngày sinh", "date.notReal"),
                tuple(3, "Ngày sinh", "date.notReal"));
        assertThat(message(result.errors().get(0))).isEqualTo("30/02/1980 không phải là ngày có thật");
        assertThat(message(result.errors().get(1))).isEqualTo("31/06/2019 không phải là ngày có thật");
    }

    @Test
    void aFileWithoutTheColumnsItNeedsOrNotInUtf8IsRefused() throws Exception {
        assertThat(problems(imports.importList("thieu.csv", bytes("Xã,Mã hộ,Họ tên\nCam An,1,A\n"), true, ALL)))
                .containsExactly(tuple(1, "", "householdList.column.missing"), tuple(1, "", "householdList.column.missing"),
                        tuple(1, "", "householdList.column.missing"));
        byte[] latin1 = (HEADER + "Xã Cam Thủy;X-1;;;Nông thôn;;;;;;;Lê Văn Tám;Nam;;Chủ hộ;;;;;\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problems(imports.importList("latin1.csv", latin1, true, ALL)))
                .extracting(t -> t.toList().get(2)).containsExactly("upload.file.notUtf8");
        assertThat(problems(imports.importList("trong.csv", new byte[0], true, ALL)))
                .containsExactly(tuple(0, "", "upload.file.empty"));
    }

    @Test
    void aCommuneOfficerImportsOnlyTheirCommune() throws Exception {
        SeedScopes scopes = new SeedScopes(units, partners);
        String csv = HEADER + "Xã Cam Thủy;SC-01;;;Nông thôn;;;;;;;A;Nam;;Chủ hộ;;;;;\n";
        HouseholdImportResult result = imports.importList("cam-thuy.csv", bytes(csv), false,
                scopes.communeOfficer(SeedScopes.CAM_AN));
        assertThat(problems(result)).containsExactly(tuple(2, "Xã", "householdList.commune.notYours"));
    }

    private List<Tuple> problems(HouseholdImportResult result) {
        return result.errors().stream().map(e -> tuple(e.row(), e.column(), e.code())).toList();
    }

    private String message(HouseholdListProblem problem) {
        return messages.getMessage(problem.code(), problem.arguments().toArray(), java.util.Locale.forLanguageTag("vi"));
    }

    private Household byCode(String code) {
        long id = jdbc.sql("select id from household where code = :code").param("code", code).query(Long.class).single();
        return registry.byId(id, ALL).orElseThrow();
    }

    private long households() {
        return jdbc.sql("select count(*) from household").query(Long.class).single();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
