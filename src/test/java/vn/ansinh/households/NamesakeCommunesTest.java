package vn.ansinh.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.ansinh.labour.LabourImportResult;
import vn.ansinh.labour.LabourImports;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.RealHistory;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.Units;

/**
 * Commune names are reused: Cam An of Quảng Trị ended on 31/12/2019 (merged into Thanh An); today's list has a Xã Cam An
 * in Khánh Hòa (22465). A household list or labour list of a year means the Cam An in force that year; a list without
 * a year names both with their codes, and a commune not in force in the row's year is refused naming the year.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:namesake_communes;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", RealHistory.SEED_FOLLOW_UPS})
class NamesakeCommunesTest {

    private static final AccessScope ALL = AccessScope.everything();
    private static final String HEADER = "Xã;Mã hộ;Thôn;Khu vực;Năm;Phân loại;Họ tên;Giới tính;Ngày sinh;Quan hệ với chủ hộ\n";

    @Autowired
    HouseholdImports households;
    @Autowired
    LabourImports labour;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;

    long camAnKhanhHoa;

    @BeforeEach
    void xaCamAnOfKhanhHoa() {
        camAnKhanhHoa = units.byCode("TEST.KH.CAMAN").map(AdministrativeUnit::id).orElseGet(() -> {
            long province = units.add(new AdministrativeUnit(null, null, UnitKind.PROVINCE, "TEST.KH", "Khánh Hòa",
                    LocalDate.of(2025, 7, 1), null, "56")).id();
            return units.add(new AdministrativeUnit(null, province, UnitKind.COMMUNE, "TEST.KH.CAMAN", "Cam An",
                    LocalDate.of(2025, 7, 1), null, "22465")).id();
        });
    }

    @Test
    void aHouseholdListOfAYearMeansTheCamAnInForceThatYear() throws Exception {
        HouseholdImportResult result = households.importList("ho.csv", bytes(HEADER
                + "Cam An;NS-2019;Thôn 1;Nông thôn;2019;Hộ cận nghèo;Lê Văn Hùng;Nam;01/02/1970;Chủ hộ\n"
                + "Xã Cam An;NS-2026;Thôn Bắc;Nông thôn;2026;;Trần Thị Lan;Nữ;03/04/1985;Chủ hộ\n"), false, ALL);

        assertThat(result.errors()).isEmpty();
        assertThat(jdbc.sql("select code, unit_id from household where code like 'NS-%' order by code")
                .query((rs, n) -> tuple(rs.getString(1), rs.getLong(2))).list())
                .containsExactly(tuple("NS-2019", units.byCode("QT.CL.AN").orElseThrow().id()), tuple("NS-2026", camAnKhanhHoa));
    }

    @Test
    void withoutAYearTheNamesakesAreNamedWithTheirCodesAndAnEndedCommuneIsRefusedNamingTheYear() throws Exception {
        HouseholdImportResult result = households.importList("ho.csv", bytes(HEADER
                + "Cam An;NS-X;Thôn 1;Nông thôn;;;Lê Văn Hùng;Nam;01/02/1970;Chủ hộ\n"
                + "Cam Thanh;NS-Y;Thôn 2;Nông thôn;2026;;Hồ Văn Sơn;Nam;01/02/1960;Chủ hộ\n"), true, ALL);

        assertThat(result.errors()).extracting(HouseholdListProblem::row, HouseholdListProblem::code, HouseholdListProblem::arguments)
                .containsExactly(
                        tuple(2, "householdList.commune.unknown", List.of("Cam An", "Cam An (QT.CL.AN), Cam An (22465)")),
                        tuple(3, "householdList.commune.unknownInYear", List.of("Cam Thanh", 2026, "Cam Thành")));
    }

    @Test
    void aLabourRecordGoesToTheCamAnOfItsDateAndNoneOfABetweenYearIsGuessed() throws Exception {
        String header = "Loại,Xã,Ngày,Họ tên,Giới tính,Ngày sinh,Nơi làm việc\n";
        LabourImportResult of2019 = labour.importList("ld.csv", bytes(header
                + "Việc làm,Cam An,12/06/2019,Nguyễn Văn Tài,Nam,05/05/1990,Tại xã\n"), null, false, ALL);
        LabourImportResult of2021 = labour.importList("ld.csv", bytes(header
                + "Việc làm,Cam An,12/06/2021,Phạm Thị Mai,Nữ,06/06/1995,Tại xã\n"), null, true, ALL);

        assertThat(of2019.errors()).isEmpty();
        assertThat(jdbc.sql("select unit_id from labour_record where full_name = 'Nguyễn Văn Tài'").query(Long.class)
                .single()).isEqualTo(units.byCode("QT.CL.AN").orElseThrow().id());
        assertThat(of2021.errors()).extracting(p -> p.row(), p -> p.code(), p -> p.arguments().subList(0, 2))
                .as("Cam An of Quảng Trị had ended, Khánh Hòa's was not yet").containsExactly(
                        tuple(2, "householdList.commune.unknownInYear", List.of("Cam An", 2021)));
    }

    private static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }
}
