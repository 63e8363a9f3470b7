package vn.ansinh.intake.workbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.Xlsx;

/**
 * Every kind of bad workbook is refused with each error named by sheet, row and column, and
 * nothing is written — each one is sent for real (dryRun=false) to show it.
 */
@IntegrationTest
class WorkbookErrorsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    WorkbookCalls calls;

    @BeforeEach
    void calls() {
        calls = new WorkbookCalls(mvc, jdbc);
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() throws Exception {
        byte[] csv = "TT;Đơn vị;Trong độ tuổi\n1;Cam An;3.971\n".getBytes(StandardCharsets.UTF_8);
        assertThat(refused("bieu1.csv", csv)).containsExactly(
                tuple("workbook.file.notExcel", "Tệp", "tệp không phải bảng tính Excel (.xlsx); trong Excel chọn "
                        + "«Lưu thành» → «Sổ làm việc Excel (.xlsx)»"));
        assertThat(refused("trong.xlsx", new byte[0])).extracting(t -> t.toList().get(0)).containsExactly("upload.file.empty");
    }

    @Test
    void aWorkbookProtectedByAPasswordIsRefused() throws Exception {
        byte[] encrypted = encrypt(calls.exported(1, "bieu-1"), "Matkhau2019");
        assertThat(refused("bieu1-mat-khau.xlsx", encrypted)).extracting(t -> t.toList().get(0))
                .containsExactly("upload.file.encrypted");
    }

    @Test
    void aDamagedWorkbookIsRefused() throws Exception {
        byte[] workbook = calls.exported(1, "bieu-1");
        byte[] cut = java.util.Arrays.copyOf(workbook, workbook.length / 2);
        assertThat(refused("bieu1-hong.xlsx", cut)).extracting(t -> t.toList().get(0)).containsExactly("upload.file.broken");
    }

    @Test
    void aSheetThatIsNoTableOfTheProgrammeIsRefused() throws Exception {
        byte[] workbook = Xlsx.create().sheet("Danh sách").row("Họ tên", "Năm sinh").row("Nguyễn Văn A", 1980).bytes();
        assertThat(refused("danh-sach.xlsx", workbook)).containsExactly(tuple("workbook.noTable", "Tệp",
                "không có trang nào là biểu của chương trình; trang cần có tiêu đề hoặc tên là một trong: "
                        + "Biểu số 1, Biểu số 2, Biểu số 3"));
    }

    @Test
    void aMissingColumnIsNamedWithItsCodeAndHeader() throws Exception {
        Xlsx workbook = Xlsx.open(calls.exported(1, "bieu-1"));
        int codeRow = workbook.rowOf(0, "A");
        // Column 7 (Đào tạo nghề) is the ninth, after A, B and 1–6: its code and its own header cleared, its figures left.
        workbook.set(codeRow, 8, null).set(codeRow - 1, 8, null);
        assertThat(refused("bieu1.xlsx", workbook.bytes())).containsExactly(tuple("workbook.column.missing",
                "trang «bieu-1», cột 7 của biểu", "không tìm thấy cột 7 «Chỉ tiêu thực hiện năm 2019 – Đào tạo nghề» "
                        + "của Biểu số 1: cần dòng mã cột (A, B, 1, 2 …) hoặc tiêu đề cột như biểu in"));
    }

    @Test
    void aNonNumberAndAnUnknownCommuneAreEachNamedByRowAndColumn() throws Exception {
        // Hand-made Biểu 1: Cam An is Excel row 10, Cam Tuyền row 14; column C is column 1 (working age).
        Xlsx workbook = HandMadeWorkbooks.bieu1(Xlsx.create().sheet("LĐVL"));
        workbook.set(13, 2, "3.52g").set(10, 1, "Xã Cam Thnah");
        assertThat(refused("bieu1.xlsx", workbook.bytes())).containsExactly(
                tuple("workbook.row.unitUnknown", "trang «LĐVL», dòng 11, cột B",
                        "không có xã, thị trấn «Xã Cam Thnah» trong biểu; tên gần nhất: Cam Thanh, Cam Thành, Cam Thủy"),
                tuple("workbook.cell.notNumber", "trang «LĐVL», dòng 14, cột C, cột 1 của biểu",
                        "«3.52g» không phải là số (viết như in: 3.971 hoặc 9,92)"));
    }

    @Test
    void aCommuneGivenTwiceIsRefused() throws Exception {
        Xlsx workbook = HandMadeWorkbooks.bieu3(Xlsx.create().sheet("Biểu 3")).row(10, "Cam An", 0, 0, 0, 0, 5, 5);
        assertThat(refused("bieu3.xlsx", workbook.bytes())).containsExactly(tuple("workbook.row.duplicate",
                "trang «Biểu 3», dòng 11, cột B", "«Cam An» đã có ở dòng 5"));
    }

    @Test
    void aNegativeFigureAndAFractionOfAPersonAreRefused() throws Exception {
        Xlsx workbook = HandMadeWorkbooks.bieu3(Xlsx.create().sheet("Biểu 3")).set(1, 2, -7).set(2, 3, "4,5");
        assertThat(refused("bieu3.xlsx", workbook.bytes())).containsExactly(
                tuple("workbook.cell.negative", "trang «Biểu 3», dòng 2, cột C, cột 1 của biểu",
                        "«-7» là số âm; số liệu không được âm"),
                tuple("workbook.cell.notWhole", "trang «Biểu 3», dòng 3, cột D, cột 2 của biểu",
                        "«4,5» không phải số nguyên (hộ)"));
    }

    @Test
    void aTableOnTwoSheetsIsRefused() throws Exception {
        Xlsx workbook = Xlsx.create();
        HandMadeWorkbooks.bieu3(workbook.sheet("Biểu 3"));
        HandMadeWorkbooks.bieu3(workbook.sheet("Biểu số 3"));
        assertThat(refused("bieu3.xlsx", workbook.bytes())).extracting(t -> t.toList().get(0))
                .containsExactly("workbook.sheet.duplicate");
    }

    /** Sends the file for real; answers its errors as (code, where, message), having checked nothing was written. */
    private List<Tuple> refused(String file, byte[] content) throws Exception {
        List<String> before = calls.figures();
        long audited = jdbc.sql("select count(*) from audit_event").query(Long.class).single();

        MvcResult result = calls.send(1, file, content, false);

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(calls.figures()).as("figures after a refused import").isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(audited);
        String json = result.getResponse().getContentAsString();
        assertThat(JsonPath.<Boolean>read(json, "$.succeeded")).isFalse();
        assertThat(JsonPath.<List<Object>>read(json, "$.changes")).isEmpty();
        return JsonPath.<List<Map<String, Object>>>read(json, "$.errors").stream()
                .map(e -> tuple(e.get("code"), e.get("where"), e.get("message"))).toList();
    }

    private static byte[] encrypt(byte[] workbook, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(workbook));
                    OutputStream data = encryptor.getDataStream(fs)) {
                opc.save(data);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
