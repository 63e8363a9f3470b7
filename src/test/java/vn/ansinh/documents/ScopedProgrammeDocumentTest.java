package vn.ansinh.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ansinh.documents.ProgrammeDocumentTest.BIEU_1;
import static vn.ansinh.documents.ProgrammeDocumentTest.BIEU_2;
import static vn.ansinh.documents.ProgrammeDocumentTest.BIEU_3;
import static vn.ansinh.documents.ProgrammeDocumentTest.DOCUMENT;
import static vn.ansinh.documents.ProgrammeDocumentTest.SIGNATORIES;
import static vn.ansinh.documents.ProgrammeDocumentTest.TOTAL;
import static vn.ansinh.support.SeedScopes.CAM_AN;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.Units;

/**
 * The document as a Cam An commune officer downloads it: the whole text, which every party signs,
 * with the district's figures as printed (they cannot compute them), and only Cam An's row in each
 * annex table, its total being Cam An's own.
 */
@IntegrationTest
class ScopedProgrammeDocumentTest {

    private static final String OFFICER = "vanban.caman";
    private static final List<String> OTHER_UNITS = List.of("Cam Thanh", "Cam Thủy", "Cam Hiếu", "Cam Tuyền",
            "Cam Thành", "Cam Chính", "Cam Nghĩa", "TT Cam Lộ");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Units units;

    @BeforeEach
    void officer() {
        long camAn = units.byCode(CAM_AN).orElseThrow().id();
        TestAccounts.ensure(accounts, OFFICER, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn)));
    }

    @Test
    void aCamAnOfficersPdfHasCamAnsRowAndNoOtherCommunesRow() throws Exception {
        DocumentText text = DocumentText.ofPdf(download("pdf"));
        String annexes = String.join(" ", text.from(BIEU_1));

        assertThat(annexes).contains("Cam An");
        assertThat(OTHER_UNITS).allSatisfy(unit -> assertThat(annexes).doesNotContain(unit));
        assertThat(text.row(BIEU_1, "1 Cam An")).containsExactly("3.971", "3.089", "882", "709", "1.702", "215", "74", "75", "25");
        assertThat(text.row(BIEU_1, TOTAL)).containsExactly("3.971", "3.089", "882", "709", "1.702", "215", "74", "75", "25");
        assertThat(text.row(BIEU_2, "4 Cam An")).startsWith("1.779", "79", "4,44");
        assertThat(text.row(BIEU_3, "4 Xã Cam An")).containsExactly("0", "0", "0", "0", "5", "5");
        assertThat(annexes).contains("Biểu chỉ gồm các đơn vị thuộc phạm vi của người tải văn bản");
    }

    @Test
    void theyGetTheWholeTextWithTheDistrictsFiguresAsPrinted() throws Exception {
        String flat = DocumentText.ofPdf(download("pdf")).flat();

        assertThat(flat).contains("I. MỤC ĐÍCH", "III. Các chỉ tiêu:", "giải quyết việc làm cho 1.297/1200 lao động",
                "Ghi chú: chỉ tiêu việc làm giao có cao hơn 1297/1200");
        assertThat(SIGNATORIES).allSatisfy(party -> assertThat(flat).contains(party));
    }

    @Test
    void theirDocxHasCamAnsRowOnly() throws Exception {
        DocumentText text = DocumentText.ofDocx(download("docx"));

        assertThat(String.join(" ", text.from(BIEU_1))).contains("Cam An")
                .doesNotContain("Cam Thanh", "Cam Thủy", "TT Cam Lộ");
        assertThat(text.row(BIEU_1, TOTAL)).startsWith("3.971");
    }

    private byte[] download(String format) throws Exception {
        return mvc.perform(get(DOCUMENT + "." + format).with(user(OFFICER).roles("COMMUNE_OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }
}
