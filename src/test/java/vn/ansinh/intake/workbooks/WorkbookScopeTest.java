package vn.ansinh.intake.workbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ansinh.support.SeedScopes.CAM_AN;
import static vn.ansinh.support.SeedScopes.DISTRICT;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.annex.AnnexTables;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.intake.SheetProblem;
import vn.ansinh.intake.WorkbookImport;
import vn.ansinh.intake.WorkbookImporter;
import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedScopes;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.support.Xlsx;
import vn.ansinh.units.Units;

/**
 * A workbook changes only what its user may change: a commune officer their commune's rows, no one
 * else's — a row of another commune refuses the whole file — and a programme outside the scope is 404.
 */
@IntegrationTest
class WorkbookScopeTest {

    /** A programme of its own: the commune officer's import is written. */
    private static final int YEAR = 2053;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkbookImporter importer;
    @Autowired
    ProgrammeImporter programmes;
    @Autowired
    AnnexTables tables;
    @Autowired
    Units units;
    @Autowired
    Partners partners;
    @Autowired
    UserAccounts accounts;

    SeedScopes scopes;
    WorkbookCalls calls;

    @BeforeEach
    void setUp() {
        scopes = new SeedScopes(units, partners);
        calls = new WorkbookCalls(mvc, jdbc);
    }

    @Test
    void theWholeTableFromACommuneOfficerIsRefusedRowByRowAndNothingIsWritten() throws Exception {
        List<String> before = calls.figures();
        WorkbookImport result = importer.importWorkbook(1, "bieu-1.xlsx", calls.exported(1, "bieu-1"), false,
                scopes.communeOfficer(CAM_AN)).orElseThrow();

        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors()).hasSize(8).extracting(SheetProblem::code).containsOnly("workbook.row.notYours");
        assertThat(result.errors()).extracting(e -> e.arguments().get(0)).doesNotContain("Cam An").contains("Cam Thanh");
        assertThat(calls.figures()).isEqualTo(before);
    }

    @Test
    void aCommuneOfficerImportsTheirOwnRowAndOnlyIt() throws Exception {
        long programme = calls.programmeOfYear(programmes, YEAR);
        Xlsx sheet = Xlsx.create().sheet("bieu-1")
                .row("A", "B", "1", "2", "3=1-2", "4", "5", "6", "7", "8", "9")
                .row("1", "Xã Cam An", 3971, 3089, 882, 709, 1702, 230, 74, 75, 25)
                .row(null, "Tổng cộng", 3971, 3089, 882, 709, 1702, 230, 74, 75, 25);
        AccessScope officer = scopes.communeOfficer(CAM_AN);

        WorkbookImport result = importer.importWorkbook(programme, "cam-an.xlsx", sheet.bytes(), false, officer)
                .orElseThrow();

        assertThat(result.errors()).isEmpty();
        assertThat(result.changes()).singleElement().satisfies(c -> {
            assertThat(c.unit()).isEqualTo("Cam An");
            assertThat(c.after()).isEqualByComparingTo("230");
        });
        assertThat(result.notices()).extracting(SheetProblem::code).containsExactly("workbook.total.notChecked");
        BigDecimal total = tables.computed(programme, "bieu-1", AccessScope.everything()).orElseThrow().total()
                .value("6").round(0);
        assertThat(total).isEqualByComparingTo("1311");
    }

    @Test
    void aViewerChangesNothing() throws Exception {
        WorkbookImport result = importer.importWorkbook(1, "bieu-3.xlsx", calls.exported(1, "bieu-3"), true,
                scopes.viewer(DISTRICT)).orElseThrow();
        assertThat(result.errors()).hasSize(9).extracting(SheetProblem::code).containsOnly("workbook.row.notYours");
    }

    @Test
    void anOrganisationOfficerIsToldTheOtherOrganisationsColumnsAreNotRead() throws Exception {
        WorkbookImport result = importer.importWorkbook(1, "bieu-3.xlsx", calls.exported(1, "bieu-3"), true,
                scopes.organisationOfficer("CL.HND")).orElseThrow();
        assertThat(result.notices()).extracting(SheetProblem::code).containsOnly("workbook.column.notYours").hasSize(5);
        assertThat(result.errors()).extracting(SheetProblem::code).containsOnly("workbook.row.notYours");
    }

    @Test
    void aProgrammeOutsideTheScopeDoesNotExist() throws Exception {
        assertThat(importer.importWorkbook(1, "bieu-1.xlsx", calls.exported(1, "bieu-1"), true, AccessScope.nothing()))
                .isEmpty();
    }

    /**
     * Uploads need a unit the caller writes: one who writes none is refused (403) whether or not the
     * programme exists, so the answer tells nothing about it; a programme the caller cannot see is hidden
     * as missing (404), the second district's programme being the authorization matrix's case.
     */
    @Test
    @WithMockUser(username = "khong-pham-vi", roles = "COMMUNE_OFFICER")
    void anOfficerWhoWritesNoUnitIsRefusedAlikeForEveryProgramme() throws Exception {
        for (long programme : List.of(1L, 999_999L)) {
            mvc.perform(multipart("/api/v1/programmes/" + programme + "/imports")
                    .file(new MockMultipartFile("file", "b.xlsx", WorkbookCalls.XLSX, new byte[] {1, 2, 3})))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    @WithMockUser(username = "scope.caman", roles = "COMMUNE_OFFICER")
    void aProgrammeThatDoesNotExistIsNotFound() throws Exception {
        TestAccounts.ensure(accounts, "scope.caman", Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, scopes.unit(CAM_AN))));
        mvc.perform(multipart("/api/v1/programmes/999999/imports")
                .file(new MockMultipartFile("file", "b.xlsx", WorkbookCalls.XLSX, new byte[] {1, 2, 3})))
                .andExpect(status().isNotFound());
    }
}
