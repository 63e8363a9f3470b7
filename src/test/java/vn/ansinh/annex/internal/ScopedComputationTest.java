package vn.ansinh.annex.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;
import static vn.ansinh.annex.internal.AnnexWorkbookTest.cell;
import static vn.ansinh.annex.internal.AnnexWorkbookTest.rowOf;
import static vn.ansinh.support.SeedScopes.CAM_AN;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.AdditionalAnswers;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.annex.ComputedTable;
import vn.ansinh.partners.Partners;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedScopes;
import vn.ansinh.targets.TargetValues;
import vn.ansinh.units.Units;

/**
 * The scope is applied inside the queries: the figures asked of the database are only those of
 * readable units and visible organisations, and the workbook holds and sums only those rows.
 * The real figure store answers; a recording wrapper notes what it was asked.
 */
@IntegrationTest
class ScopedComputationTest {

    private static final long SEED = 1;

    @Autowired
    AnnexTableStore store;

    @Autowired
    AnnexTableReader reader;

    @Autowired
    Programmes programmes;

    @Autowired
    TargetValues values;

    @Autowired
    Units units;

    @Autowired
    Partners partners;

    SeedScopes scopes;
    TargetValues recorded;
    AnnexComputation computation;

    @BeforeEach
    void recordingFigureStore() {
        scopes = new SeedScopes(units, partners);
        recorded = Mockito.mock(TargetValues.class, AdditionalAnswers.delegatesTo(values));
        computation = new AnnexComputation(store, reader, programmes, recorded);
    }

    @Test
    void aCommuneOfficersFiguresAreAskedForTheirCommuneOnly() {
        computation.computed(SEED, "bieu-1", scopes.communeOfficer(CAM_AN)).orElseThrow();

        List<Long> camAn = List.of(scopes.unit(CAM_AN));
        assertThat(askedUnits(true)).isNotEmpty().allSatisfy(units -> assertThat(units).containsExactlyElementsOf(camAn));
        assertThat(askedUnits(false)).isNotEmpty().allSatisfy(units -> assertThat(units).containsExactlyElementsOf(camAn));
    }

    @Test
    void anOrganisationOfficersFiguresAreAskedForTheirOrganisationOnly() {
        computation.computed(SEED, "bieu-3", scopes.organisationOfficer("CL.HND")).orElseThrow();

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Collection<Long>> organisations = ArgumentCaptor.forClass(Collection.class);
        verify(recorded, atLeastOnce()).targets(anyCollection(), anyCollection(), organisations.capture(), anyInt());
        long farmers = partners.byCode("CL.HND").orElseThrow().id();
        assertThat(organisations.getAllValues()).allSatisfy(ids -> assertThat(ids).containsExactly(farmers));
    }

    @Test
    void anUnreadableProgrammeAsksForNoFigures() {
        assertThat(computation.computed(SEED, "bieu-1", AccessScope.nothing())).isEmpty();

        Mockito.verifyNoInteractions(recorded);
    }

    @Test
    void aCommuneOfficersWorkbookHoldsAndSumsTheirRowOnly() throws IOException {
        ComputedTable table = computation.computed(SEED, "bieu-1", scopes.communeOfficer(CAM_AN)).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnexWorkbook.write(table, "", out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("bieu-1");
            int camAn = rowOf(sheet, "Cam An");
            int total = rowOf(sheet, "Tổng cộng");
            assertThat(total).isEqualTo(camAn + 1);
            assertThat(cell(sheet, total, "1").getCellFormula()).isEqualTo("SUM(C7:C7)");
            assertThat(cell(sheet, total, "1").getNumericCellValue()).isEqualTo(3971);
            assertThat(cell(sheet, total, "3").getNumericCellValue()).isEqualTo(882);
        }
    }

    /** The unit lists the figure store was asked for: baselines or targets. */
    private List<Collection<Long>> askedUnits(boolean baselines) {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Collection<Long>> units = ArgumentCaptor.forClass(Collection.class);
        if (baselines) {
            verify(recorded, atLeastOnce()).baselines(anyCollection(), units.capture(), anyCollection(), anyInt());
        } else {
            verify(recorded, atLeastOnce()).targets(anyCollection(), units.capture(), anyCollection(), anyInt());
        }
        return units.getAllValues();
    }
}
