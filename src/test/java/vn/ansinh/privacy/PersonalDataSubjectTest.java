package vn.ansinh.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.shared.AccessPurpose;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.PersonalDataAction;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.units.Units;

/**
 * A person's data for the person: everything held about one citizen ID — their own member row of each household,
 * the household, its statuses, their labour records — on the page and as XLSX, each logged with the purpose
 * «Yêu cầu của chủ thể dữ liệu»; and «Bảo vệ dữ liệu cá nhân» says what is held and for how long.
 */
@IntegrationTest
class PersonalDataSubjectTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccessLog log;

    @Test
    void theSubjectsMemberRowsAndLabourRecordsAreShownDownloadedAndLogged() throws Exception {
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        String citizenId = "0457" + String.format("%08d", System.nanoTime() % 100_000_000L);
        Household household = registry.register(PersonalDataAccessTest.household(camAn, "PDS-" + System.nanoTime() % 100000,
                citizenId), AccessScope.everything());
        jdbc.sql("insert into labour_record (kind, unit_id, record_date, full_name, sex, birth_date, citizen_id, country) "
                + "values ('EXPORT_DEPARTURE', :unit, :day, 'Hồ Văn Dữ', 'M', :birth, :citizen, 'Nhật Bản')")
                .param("unit", camAn).param("day", LocalDate.of(2025, 4, 2)).param("birth", LocalDate.of(1970, 5, 6))
                .param("citizen", citizenId).update();

        String page = mvc.perform(get("/admin/personal-data/subject").param("citizenId", citizenId)).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains(household.code(), "Hồ Văn Dữ", citizenId, "06/05/1970", "Nhật Bản", "Xuất cảnh",
                "0912345678").doesNotContain("Hồ Thị Liệu");

        MockHttpServletResponse xlsx = mvc.perform(get("/admin/personal-data/subject.xlsx").param("citizenId", citizenId))
                .andReturn().getResponse();
        assertThat(xlsx.getStatus()).isEqualTo(200);
        List<List<String>> members = sheet(xlsx.getContentAsByteArray(), "Dòng thành viên");
        assertThat(members).containsExactly(
                List.of("Mã hộ", "Họ tên", "Giới tính", "Ngày sinh", "Quan hệ với chủ hộ", "Số CCCD", "Khuyết tật",
                        "Có BHYT", "Trình độ học vấn", "Việc làm"),
                List.of(household.code(), "Hồ Văn Dữ", "Nam", "06/05/1970", "Chủ hộ", citizenId, "có", "có", "THCS",
                        "Nông nghiệp"));
        assertThat(ExportMarking.of(xlsx.getContentAsByteArray())).allSatisfy(marking -> assertThat(marking)
                .startsWith("DỮ LIỆU CÁ NHÂN – chỉ dùng cho mục đích: Yêu cầu của chủ thể dữ liệu. Tải về bởi quantri-test lúc "));
        assertThat(sheet(xlsx.getContentAsByteArray(), "Hồ sơ lao động")).hasSize(2)
                .element(1).asList().contains("02/04/2025", "Xuất cảnh", citizenId, "Nhật Bản");

        assertThat(log.search(citizenId, 1).records()).extracting(AccessRecord::action, AccessRecord::purpose,
                AccessRecord::actor).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PersonalDataAction.SUBJECT_EXPORT, AccessPurpose.SUBJECT_REQUEST,
                                "quantri-test"),
                        org.assertj.core.groups.Tuple.tuple(PersonalDataAction.SUBJECT_VIEW, AccessPurpose.SUBJECT_REQUEST,
                                "quantri-test"));
    }

    @Test
    void aCitizenIdThatIsNoneIsRefusedBesideTheFieldAndLogsNothing() throws Exception {
        long before = log.search(null, 1).paging().total();
        MockHttpServletResponse refused = mvc.perform(get("/admin/personal-data/subject").param("citizenId", "12ab"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("id=\"citizenId-problem\"", "Số CCCD gồm 9 đến 12 chữ số.");
        assertThat(log.search(null, 1).paging().total()).isEqualTo(before);
    }

    @Test
    void theNoticeListsThePersonalFieldsHeldAndTheRetention() throws Exception {
        String page = mvc.perform(get("/personal-data")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Bảo vệ dữ liệu cá nhân", "số CCCD", "số điện thoại", "dân tộc", "tình trạng khuyết tật",
                "được giữ 5 năm kể từ ngày hộ chấm dứt", "Cán bộ xã: các hộ và hồ sơ của xã mình",
                "91/2025/QH15");
        String english = mvc.perform(get("/personal-data").param("lang", "en")).andReturn().getResponse()
                .getContentAsString();
        assertThat(english).contains("Personal data protection", "citizen ID", "kept for 5 years after the household ended");
    }

    private static List<List<String>> sheet(byte[] content, String name) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheet(name);
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                rows.add(cells);
            }
            return rows;
        }
    }
}
