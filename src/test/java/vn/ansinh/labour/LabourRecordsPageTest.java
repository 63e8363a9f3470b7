package vn.ansinh.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.households.Sex;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.privacy.AccessLog;
import vn.ansinh.shared.AccessPurpose;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.PersonalDataAction;
import vn.ansinh.shared.PersonalDataViews;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.Units;

/**
 * Labour records listed by kind, commune and month; corrected with the checks of recording one — a day
 * that does not exist, a child, another year — said beside the field with what was typed; deleted
 * (no longer counted, audited) and restored by an administrator only; a commune officer sees and
 * changes only their commune's.
 */
@IntegrationTest
class LabourRecordsPageTest {

    private static final AccessScope ALL = AccessScope.everything();
    private static final int YEAR = 2016;
    private static final String OFFICER = "canbo.an.hoso";

    @Autowired
    MockMvc mvc;
    @Autowired
    LabourRecords records;
    @Autowired
    LabourProgress progress;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AccessLog accessLog;

    long programme;
    long camAn;
    long camThanh;
    String list;

    @BeforeEach
    void setUp() {
        camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        camThanh = units.byCode("QT.CL.THANH").orElseThrow().id();
        SeedOfYear seed = SeedOfYear.of(jdbc, importer, YEAR);
        programme = seed.programmeId();
        list = "/programmes/" + programme + "/labour/records";
        TestAccounts.ensure(accounts, OFFICER, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn)));
        if (seed.created()) {
            records.record(job(camAn, LocalDate.of(YEAR, 3, 2), "Phan Văn Ba"), ALL);
            records.record(job(camAn, LocalDate.of(YEAR, 5, 20), "Phan Thị Năm"), ALL);
            records.record(job(camThanh, LocalDate.of(YEAR, 3, 15), "Lê Văn Thành"), ALL);
            records.record(new LabourRecord(null, RecordKind.CERTIFICATE, camAn, LocalDate.of(YEAR, 3, 9), "Hồ Văn Hàn",
                    Sex.M, null, null, null, null, null, null, null, "Hàn điện", "Bậc 1", null, null, null), ALL);
        }
    }

    @Test
    void theListFiltersByKindCommuneAndMonthAndIsLinkedFromProgress() throws Exception {
        mvc.perform(get("/programmes/{id}/progress", programme)).andExpect(content().string(containsString(list)));
        mvc.perform(get(list).param("kind", "JOB_PLACEMENT").param("month", "3")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phan Văn Ba")))
                .andExpect(content().string(containsString("Lê Văn Thành")))
                .andExpect(content().string(not(containsString("Phan Thị Năm"))))
                .andExpect(content().string(not(containsString("Hồ Văn Hàn"))));
        mvc.perform(get(list).param("unit", "" + camThanh)).andExpect(content().string(containsString("Lê Văn Thành")))
                .andExpect(content().string(not(containsString("Phan Văn Ba"))));
        mvc.perform(get(list).param("kind", "CERTIFICATE")).andExpect(content().string(containsString("Hàn điện · Bậc 1")))
                .andExpect(content().string(containsString("1 hồ sơ")));
    }

    @Test
    void aCommuneOfficerSeesAndChangesOnlyTheirCommunesRecords() throws Exception {
        mvc.perform(get(list).with(user(OFFICER).roles("COMMUNE_OFFICER"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phan Văn Ba")))
                .andExpect(content().string(not(containsString("Lê Văn Thành"))));
        long thanh = id("Lê Văn Thành");
        mvc.perform(get(list + "/" + thanh + "/edit").with(user(OFFICER).roles("COMMUNE_OFFICER")))
                .andExpect(status().isNotFound());
        mvc.perform(post(list + "/" + thanh + "/delete").with(csrf()).with(user(OFFICER).roles("COMMUNE_OFFICER")))
                .andExpect(status().isNotFound());
        assertThat(deleted(thanh)).isFalse();
    }

    /** A worker's citizen ID is on the correction form in full: the purpose first, then the opening is logged. */
    @Test
    void aRecordWithACitizenIdAsksWhyBeforeItsFormAndTheOpeningIsLogged() throws Exception {
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        String citizenId = "0452" + String.format("%08d", System.nanoTime() % 100_000_000L);
        LabourRecord saved = records.record(new LabourRecord(null, RecordKind.JOB_PLACEMENT, camAn, LocalDate.of(YEAR, 4, 2),
                "Ngô Thị Căn", Sex.F, LocalDate.of(1992, 1, 5), citizenId, JobPlace.IN_PROVINCE, null, "Công ty may", null,
                null, null, null, null, null, null), ALL);
        String edit = list + "/" + saved.id() + "/edit";

        mvc.perform(get(edit)).andExpect(redirectedUrl("/personal-data/purpose?next="
                + java.net.URLEncoder.encode(edit, java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(accessLog.search(citizenId, 1).records()).isEmpty();

        mvc.perform(get(edit).sessionAttr(PersonalDataViews.PURPOSE, AccessPurpose.BENEFIT_PAYMENT)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + citizenId + "\"")));
        assertThat(accessLog.search(citizenId, 1).records()).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo(PersonalDataAction.LABOUR_RECORD_EDIT);
            assertThat(r.purpose()).isEqualTo(AccessPurpose.BENEFIT_PAYMENT);
        });
    }

    /** The API's list of records shows citizen IDs masked unless the call names its purpose; then it is logged. */
    @Test
    void theApiListShowsCitizenIdsOnlyWithAPurposeAndLogsIt() throws Exception {
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        String citizenId = "0453" + String.format("%08d", System.nanoTime() % 100_000_000L);
        records.record(new LabourRecord(null, RecordKind.JOB_PLACEMENT, camAn, LocalDate.of(YEAR, 5, 6), "Lê Thị Mận",
                Sex.F, LocalDate.of(1994, 2, 7), citizenId, JobPlace.IN_PROVINCE, null, "Công ty giày", null, null, null,
                null, null, null, null), ALL);
        String api = "/api/v1/labour/records?unit=" + camAn + "&year=" + YEAR;

        mvc.perform(get(api)).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"********" + citizenId.substring(8) + "\"")))
                .andExpect(content().string(not(containsString(citizenId))));
        assertThat(accessLog.search(citizenId, 1).records()).isEmpty();

        mvc.perform(get(api + "&purpose=BENEFIT_PAYMENT")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"" + citizenId + "\"")));
        assertThat(accessLog.search(citizenId, 1).records()).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo(PersonalDataAction.API_LABOUR_RECORDS);
            assertThat(r.purpose()).isEqualTo(AccessPurpose.BENEFIT_PAYMENT);
            assertThat(r.unitId()).isEqualTo(camAn);
        });
    }

    @Test
    void aCorrectionIsCheckedAsARecordingAndRefusalsStandBesideTheirFields() throws Exception {
        long ba = id("Phan Văn Ba");
        String edit = list + "/" + ba + "/edit";
        mvc.perform(get(edit)).andExpect(status().isOk()).andExpect(content().string(containsString("value=\"02/03/" + YEAR + "\"")));

        mvc.perform(correction(edit, "31/06/" + YEAR, "")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("31/06/" + YEAR + " không phải là ngày có thật")))
                .andExpect(content().string(containsString("id=\"date-problem\"")))
                .andExpect(content().string(containsString("value=\"31/06/" + YEAR + "\"")));
        mvc.perform(correction(edit, "02/03/" + YEAR, "01/01/" + (YEAR - 8))).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("người này mới 8 tuổi vào ngày 02/03/" + YEAR)))
                .andExpect(content().string(containsString("id=\"birthDate-problem\"")));
        mvc.perform(correction(edit, "02/03/2018", "")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("ngày 02/03/2018 thuộc năm 2018, không có chương trình nào")));
        assertThat(records.of(List.of(camAn), YEAR, ALL)).filteredOn(r -> r.id() == ba).singleElement()
                .satisfies(r -> assertThat(r.date()).isEqualTo(LocalDate.of(YEAR, 3, 2)));

        long audited = audit(ba, "UPDATE");
        mvc.perform(correction(edit, "04/03/" + YEAR, "12/12/1990")).andExpect(redirectedUrl(list));
        assertThat(records.of(List.of(camAn), YEAR, ALL)).filteredOn(r -> r.id() == ba).singleElement()
                .satisfies(r -> assertThat(r.date()).isEqualTo(LocalDate.of(YEAR, 3, 4)))
                .satisfies(r -> assertThat(r.birthDate()).isEqualTo(LocalDate.of(1990, 12, 12)));
        assertThat(audit(ba, "UPDATE")).isEqualTo(audited + 1);
    }

    @Test
    void aDeletionIsNoLongerCountedIsAuditedAndOnlyAnAdministratorRestoresIt() throws Exception {
        long nam = id("Phan Thị Năm");
        long before = jobs();
        mvc.perform(post(list + "/" + nam + "/delete").with(csrf()).with(user(OFFICER).roles("COMMUNE_OFFICER")))
                .andExpect(redirectedUrl(list));
        assertThat(jobs()).isEqualTo(before - 1);
        assertThat(audit(nam, "DELETE")).isEqualTo(1);
        mvc.perform(get(list).with(user(OFFICER).roles("COMMUNE_OFFICER")))
                .andExpect(content().string(not(containsString("Phan Thị Năm"))));
        mvc.perform(get(list)).andExpect(content().string(containsString("Phan Thị Năm")))
                .andExpect(content().string(containsString("Đã xóa")))
                .andExpect(content().string(containsString(list + "/" + nam + "/restore")));
        mvc.perform(post(list + "/" + nam + "/restore").with(csrf()).with(user(OFFICER).roles("COMMUNE_OFFICER")))
                .andExpect(status().isNotFound());

        mvc.perform(post(list + "/" + nam + "/restore").with(csrf())).andExpect(redirectedUrl(list));
        assertThat(jobs()).isEqualTo(before);
        assertThat(deleted(nam)).isFalse();
        assertThat(audit(nam, "CREATE")).isEqualTo(2);
    }

    @Test
    void theProgressFormRefusesADayThatDoesNotExistBesideItsFieldKeepingWhatWasTyped() throws Exception {
        long before = jobs();
        mvc.perform(post("/programmes/{id}/progress/jobs", programme).with(csrf()).param("unit", "" + camAn)
                        .param("fullName", "Trần Văn Sáu").param("sex", "M").param("date", "31/06/" + YEAR)
                        .param("place", "IN_COMMUNE").param("employer", "HTX Cam An"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("31/06/" + YEAR + " không phải là ngày có thật")))
                .andExpect(content().string(containsString("value=\"Trần Văn Sáu\"")))
                .andExpect(content().string(containsString("value=\"HTX Cam An\"")));
        mvc.perform(post("/programmes/{id}/progress/jobs", programme).with(csrf()).param("unit", "" + camAn)
                        .param("fullName", "Trần Văn Sáu").param("sex", "M").param("date", "05/03/2019")
                        .param("place", "IN_COMMUNE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("ngày 05/03/2019 thuộc năm 2019, chương trình 2019 của")));
        assertThat(jobs()).isEqualTo(before);
    }

    @Test
    void theApiRefusesAChildAFutureDayAndADayOfNoProgrammeSayingWhy() throws Exception {
        String child = "{\"kind\":\"JOB_PLACEMENT\",\"unitId\":" + camAn + ",\"date\":\"" + YEAR + "-03-05\","
                + "\"fullName\":\"Lê Văn Bé\",\"sex\":\"M\",\"birthDate\":\"" + (YEAR - 8) + "-01-01\",\"place\":\"IN_COMMUNE\"}";
        mvc.perform(post("/api/v1/labour/records").with(csrf()).contentType("application/json").content(child))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("labour.record.tooYoung")));
        mvc.perform(post("/api/v1/labour/records").with(csrf()).contentType("application/json")
                        .content(child.replace("\"" + (YEAR - 8) + "-01-01\"", "null").replace(YEAR + "-03-05", "2099-03-05")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("labour.record.future")));
        mvc.perform(post("/api/v1/labour/records").with(csrf()).contentType("application/json")
                        .content(child.replace("\"" + (YEAR - 8) + "-01-01\"", "null").replace(YEAR + "-03-05", "2012-03-05")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("labour.record.noProgramme")));
    }

    private MockHttpServletRequestBuilder correction(String url, String date, String birthDate) {
        return post(url).with(csrf()).param("fullName", "Phan Văn Ba").param("sex", "M").param("date", date)
                .param("birthDate", birthDate).param("place", "IN_PROVINCE").param("employer", "Công ty may");
    }

    /** Cam An's job placements of the year, as progress counts them. */
    private long jobs() {
        return progress.table(programme, "bieu-1", ALL).orElseThrow().rows().stream().filter(r -> r.unitId() == camAn)
                .findFirst().orElseThrow().values().get("6").achieved();
    }

    private long id(String name) {
        return jdbc.sql("select id from labour_record where full_name = :name").param("name", name).query(Long.class).single();
    }

    private boolean deleted(long id) {
        return jdbc.sql("select count(*) from labour_record where id = :id and deleted_at is not null").param("id", id)
                .query(Long.class).single() > 0;
    }

    private long audit(long id, String action) {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'labour_record' and entity_id = :id "
                + "and action = :action").param("id", "" + id).param("action", action).query(Long.class).single();
    }

    private static LabourRecord job(long unit, LocalDate date, String name) {
        return new LabourRecord(null, RecordKind.JOB_PLACEMENT, unit, date, name, Sex.M, LocalDate.of(1990, 4, 4), null,
                JobPlace.IN_PROVINCE, null, "Công ty may", null, null, null, null, null, null, null);
    }
}
