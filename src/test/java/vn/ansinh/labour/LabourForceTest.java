package vn.ansinh.labour;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedOfYear;

/**
 * Cam Nghĩa's person list gives its Biểu 1 baseline on 1 January 2069 — working age person by person
 * by the law of the year, then employed, skilled without a certificate, untrained — while the other
 * communes keep their entered figures; a bad list is refused cell by cell.
 */
@IntegrationTest
class LabourForceTest {

    private static final int YEAR = 2069;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgrammeImporter importer;

    long programme;

    /** Of five people, three are of working age: two employed, one skilled without a certificate, one untrained. */
    @BeforeEach
    void listCamNghia() throws Exception {
        SeedOfYear seed = SeedOfYear.of(jdbc, importer, YEAR);
        programme = seed.programmeId();
        if (!seed.created()) {
            return;
        }
        String csv = "Xã,Họ tên,Giới tính,Ngày sinh,Có việc làm,Trình độ,Chứng chỉ\n"
                + "Cam Nghĩa,Lê Văn Một,Nam,2030-01-01,Có,Chưa qua đào tạo,\n"
                + "Cam Nghĩa,Lê Thị Hai,Nữ,2040-06-15,Có,Có tay nghề chưa có bằng,\n"
                + "Cam Nghĩa,Lê Văn Ba,Nam,2020-03-03,Không,Có chứng chỉ,Hàn điện bậc 2\n"
                + "Cam Nghĩa,Lê Thị Bốn,Nữ,1990-01-01,Có,Chưa qua đào tạo,\n"
                + "Cam Nghĩa,Lê Văn Năm,Nam,2060-01-01,Không,Chưa qua đào tạo,\n";
        mvc.perform(multipart("/api/v1/labour/persons/imports").file(file(csv)).param("dryRun", "false"))
                .andExpect(status().isOk());
    }

    @Test
    void camNghiasBaselineComesFromItsList() throws Exception {
        mvc.perform(get("/api/v1/programmes/" + programme + "/tables/bieu-1").param("source", "persons"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[?(@.unit == 'Cam Nghĩa')].source").value("persons"))
                .andExpect(jsonPath("$.rows[?(@.unit == 'Cam Nghĩa')].values['1']").value(3))
                .andExpect(jsonPath("$.rows[?(@.unit == 'Cam Nghĩa')].values['2']").value(2))
                .andExpect(jsonPath("$.rows[?(@.unit == 'Cam Nghĩa')].values['3']").value(1))
                .andExpect(jsonPath("$.rows[?(@.unit == 'Cam Nghĩa')].values['4']").value(1))
                .andExpect(jsonPath("$.rows[?(@.unit == 'Cam Nghĩa')].values['5']").value(1))
                .andExpect(jsonPath("$.rows[?(@.unit == 'Cam An')].source").value("entered"))
                .andExpect(jsonPath("$.rows[?(@.unit == 'Cam An')].values['1']").value(3971))
                .andExpect(jsonPath("$.total.values['1']").value(30389 - 3517 + 3));
    }

    @Test
    void aBadListIsRefusedCellByCell() throws Exception {
        String csv = "Xã,Họ tên,Giới tính,Ngày sinh,Có việc làm,Trình độ\n"
                + "Cam Nghĩa,A,Gì,2030-01-01,Có,Chưa qua đào tạo\n"
                + "Cam Nghĩa,B,Nữ,2030-01-01,Có lẽ,Đại học\n";
        long before = jdbc.sql("select count(*) from labour_person").query(Long.class).single();
        mvc.perform(multipart("/api/v1/labour/persons/imports").file(file(csv)).param("dryRun", "false"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(2)).andExpect(jsonPath("$.errors[0].column").value("Giới tính"))
                .andExpect(jsonPath("$.errors[1].column").value("Có việc làm"))
                .andExpect(jsonPath("$.errors[2].message").value(
                        "«Đại học» không phải trình độ (Chưa qua đào tạo, Có tay nghề chưa có bằng, Có chứng chỉ)"));
        mvc.perform(multipart("/api/v1/labour/persons/imports").file(file("Xã,Họ tên\nCam Nghĩa,C\n")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("householdList.column.missing"));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from labour_person").query(Long.class).single())
                .isEqualTo(before);
    }

    private static MockMultipartFile file(String csv) {
        return new MockMultipartFile("file", "ds.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
