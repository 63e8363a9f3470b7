package vn.ansinh.annex.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ansinh.support.SeedScopes.CAM_AN;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedScopes;
import vn.ansinh.units.Units;

/**
 * A commune officer's Biểu 1 on the page and in the API: their total is not set against the
 * printed total of every commune, which would show four disagreements that are not theirs.
 */
@IntegrationTest
class ScopedTableViewTest {

    @Autowired
    AnnexTables tables;

    @Autowired
    Units units;

    @Autowired
    Partners partners;

    @Test
    void aCommuneOfficersTotalShowsNoPrintedFigure() {
        ComputedTable table = bieu1(new SeedScopes(units, partners).communeOfficer(CAM_AN));

        TableView view = TableView.of(table, "");
        assertThat(view.complete()).isFalse();
        assertThat(view.disagreements()).isZero();
        assertThat(view.total().cells()).allSatisfy(cell -> assertThat(cell.printed()).isNull());
        TableJson json = TableJson.of(1, table, "", units.byIds(java.util.List.of(table.rows().get(0).unitId())));
        assertThat(json.complete()).isFalse();
        assertThat(json.total().printed()).isEmpty();
        assertThat(json.rows()).singleElement().satisfies(row -> assertThat(row.unitCode()).isEqualTo(CAM_AN));
    }

    @Test
    void anAdministratorSeesTheFourPrintedTotalsThatDisagree() {
        TableView view = TableView.of(bieu1(AccessScope.everything()), "");

        assertThat(view.complete()).isTrue();
        assertThat(view.disagreements()).isEqualTo(4);
    }

    private ComputedTable bieu1(AccessScope scope) {
        return tables.computed(1, "bieu-1", scope).orElseThrow();
    }
}
