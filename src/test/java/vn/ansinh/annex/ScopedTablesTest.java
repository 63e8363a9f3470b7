package vn.ansinh.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ansinh.annex.SeedTablesTest.SEED;
import static vn.ansinh.annex.SeedTablesTest.aligned;
import static vn.ansinh.annex.SeedTablesTest.codes;
import static vn.ansinh.annex.SeedTablesTest.labels;
import static vn.ansinh.annex.SeedTablesTest.printed;
import static vn.ansinh.annex.SeedTablesTest.rows;
import static vn.ansinh.annex.SeedTablesTest.total;
import static vn.ansinh.support.SeedScopes.CAM_AN;
import static vn.ansinh.support.SeedScopes.TOWNSHIP;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedScopes;
import vn.ansinh.units.Units;

/**
 * The seed's tables as users with a scope see them: a commune officer only their commune's row,
 * its total their own, no printed total; an organisation officer only their organisation's column
 * of Biểu 3, and no row sum that would give the other organisations' figures away.
 */
@IntegrationTest
class ScopedTablesTest {

    @Autowired
    AnnexTables tables;

    SeedScopes scopes;

    @Autowired
    void scopes(Units units, Partners partners) {
        scopes = new SeedScopes(units, partners);
    }

    @Test
    void aCommuneOfficerSeesTheirRowOfBieu1AndATotalOfIt() {
        ComputedTable table = computed("bieu-1", scopes.communeOfficer(CAM_AN));

        assertOnlyRow(table, "1 | Cam An", "3.971 | 3.089 | 882 | 709 | 1.702 | 215 | 74 | 75 | 25");
        // The printed total (30.389 …, four of them wrong) is about every commune: none of it is here.
        assertThat(table.definition().printed()).allSatisfy((cell, figure) -> assertThat(cell.row()).isEqualTo(1));
        assertThat(table.printed(table.total(), table.column("2").orElseThrow())).isEmpty();
        assertThat(table.printed(table.rows().get(0), table.column("3").orElseThrow()).orElseThrow().printed())
                .isEqualTo("882");
    }

    @Test
    void aCommuneOfficerSeesTheirRowOfBieu2WithItsOwnPrintedFigures() {
        ComputedTable table = computed("bieu-2", scopes.communeOfficer(CAM_AN));

        assertOnlyRow(table, "4 | Cam An", "1.779 | 79 | 4,44 | 5 | 0,28 | 74 | 4,16 | 5 | 0,28 | 74 | 4,16");
        // Cam An is printed fourth; its printed figures (of the six computed columns) follow it to the one row there is.
        assertThat(table.printed(table.rows().get(0), table.column("3").orElseThrow()).orElseThrow().printed())
                .isEqualTo("4,44");
        assertThat(table.definition().printed()).hasSize(6);
    }

    @Test
    void aCommuneOfficerSeesTheirRowOfBieu3() {
        ComputedTable table = computed("bieu-3", scopes.communeOfficer(CAM_AN));

        assertOnlyRow(table, "4 | Xã Cam An", "0 | 0 | 0 | 0 | 5 | 5");
        assertThat(codes(table)).containsExactly("A", "B", "1", "2", "3", "4", "5", "6");
    }

    @Test
    void twoCommunesAreTwoRowsAndTheirSum() {
        ComputedTable table = computed("bieu-1", scopes.communeOfficer(CAM_AN, TOWNSHIP));

        assertThat(rows(table)).containsExactlyElementsOf(printed(
                "1 | Cam An    | 3.971 | 3.089 | 882 | 709 | 1.702 | 215 | 74 | 75 | 25",
                "9 | TT Cam Lộ | 4.328 | 3.524 | 804 | 706 | 1.895 | 196 | 82 | 74 | 23"));
        assertThat(total(table)).isEqualTo(aligned(
                "Tổng cộng | 8.299 | 6.613 | 1.686 | 1.415 | 3.597 | 411 | 156 | 149 | 48"));
        assertThat(table.complete()).isFalse();
    }

    @Test
    void anOrganisationOfficerSeesOnlyTheirColumnOfBieu3() {
        ComputedTable table = computed("bieu-3", scopes.organisationOfficer("CL.HND"));

        // Column 6 sums every organisation's column: with it, the others' figures could be worked out.
        assertThat(codes(table)).containsExactly("A", "B", "1");
        assertThat(labels(table)).containsExactly("TT", "Đơn vị", "Số lượng hộ nghèo thuộc các Hội, Đoàn thể – Hội ND");
        assertThat(table.header()).containsExactly(
                new PlacedHeaderCell("TT", 0, 0, 2, 1), new PlacedHeaderCell("Đơn vị", 0, 1, 2, 1),
                new PlacedHeaderCell("Số lượng hộ nghèo thuộc các Hội, Đoàn thể", 0, 2, 1, 1),
                new PlacedHeaderCell("Hội ND", 1, 2, 1, 1));
        assertThat(rows(table)).hasSize(9).first().isEqualTo("1 | Xã Cam Tuyền | 7");
        assertThat(total(table)).isEqualTo("Tổng cộng | 31");
        assertThat(table.complete()).isTrue();
        assertThat(table.printed(table.total(), table.column("1").orElseThrow()).orElseThrow().printed()).isEqualTo("31");
        assertThat(table.definition().printed().keySet()).allSatisfy(cell -> assertThat(cell.column()).isEqualTo("1"));
        assertThat(table.definition().checks()).isEmpty();
    }

    @Test
    void anOrganisationOfficerSeesTheTablesWithoutOrganisationsWhole() {
        AccessScope farmers = scopes.organisationOfficer("CL.HND");

        assertThat(total(computed("bieu-1", farmers))).isEqualTo(aligned(
                "Tổng cộng | 30.389 | 25.074 | 5.315 | 3.784 | 12.611 | 1.296 | 547 | 397 | 150"));
        assertThat(computed("bieu-2", farmers).rows()).hasSize(9);
        assertThat(computed("bieu-2", farmers).complete()).isTrue();
    }

    @Test
    void anUnrestrictedUserSeesEveryRowColumnAndPrintedTotal() {
        ComputedTable table = computed("bieu-3", AccessScope.everything());

        assertThat(table.complete()).isTrue();
        assertThat(codes(table)).hasSize(8);
        assertThat(table.rows()).hasSize(9);
        // Printed figures are kept for computed cells: column 6 of each row, and the total row.
        assertThat(table.definition().printed()).hasSize(9 + 6);
    }

    @Test
    void aScopeWithoutTheProgrammesUnitsSeesNoTable() {
        AccessScope province = scopes.viewer("QT");

        for (AccessScope scope : new AccessScope[] {AccessScope.nothing(), province}) {
            assertThat(tables.codes(SEED, scope)).isEmpty();
            assertThat(tables.shortTitles(SEED, scope)).isEmpty();
            assertThat(tables.allComputed(SEED, scope)).isEmpty();
            assertThat(tables.computed(SEED, "bieu-1", scope)).isEmpty();
        }
    }

    @Test
    void aScopeReadingNoRowOfATableSeesItEmpty() {
        // The district alone reads the programme (it coordinates it) but no commune's row.
        ComputedTable table = computed("bieu-1", new AccessScope(false, Set.of(scopes.unit("QT.CL")), Set.of(), null, false));

        assertThat(table.rows()).isEmpty();
        assertThat(table.complete()).isFalse();
        assertThat(table.definition().printed()).isEmpty();
    }

    /** The table holds this row alone, its total is the same figures, and it is not complete. */
    private static void assertOnlyRow(ComputedTable table, String ordinalAndLabel, String values) {
        assertThat(rows(table)).containsExactly(aligned(ordinalAndLabel + " | " + values));
        assertThat(total(table)).isEqualTo(aligned("Tổng cộng | " + values));
        assertThat(table.complete()).isFalse();
    }

    private ComputedTable computed(String code, AccessScope scope) {
        return tables.computed(SEED, code, scope).orElseThrow();
    }
}
