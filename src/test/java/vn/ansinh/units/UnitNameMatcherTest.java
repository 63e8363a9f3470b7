package vn.ansinh.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitNameMatcherTest {

    /** The communes of Cam Lộ in the order the seed adds them. */
    static final List<AdministrativeUnit> CAM_LO = communes("Cam An", "Cam Thanh", "Cam Thủy", "Cam Hiếu", "Cam Tuyền",
            "Cam Thành", "Cam Chính", "Cam Nghĩa", "Cam Lộ");

    static List<AdministrativeUnit> communes(String... names) {
        List<AdministrativeUnit> units = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            UnitKind kind = names[i].equals("Cam Lộ") ? UnitKind.TOWNSHIP : UnitKind.COMMUNE;
            units.add(new AdministrativeUnit(3L + i, 2L, kind, "QT.CL." + i, names[i], null, null, null));
        }
        return List.copyOf(units);
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Cam An             | Cam An
            Xã Cam An          | Cam An
            cam an             | Cam An
            XÃ CAM AN          | Cam An
            Xã  Cam   An       | Cam An
            TT Cam Lộ          | Cam Lộ
            TT. Cam Lộ         | Cam Lộ
            Thị trấn Cam Lộ    | Cam Lộ
            Thị Trấn Cam Lộ    | Cam Lộ
            Xã Cam Tuyền       | Cam Tuyền
            Cam Thanh          | Cam Thanh
            Xã Cam Thanh       | Cam Thanh
            cam thanh          | Cam Thanh
            Cam Thành          | Cam Thành
            Xã Cam Thành       | Cam Thành
            Cam Thuy           | Cam Thủy
            Xã Cam Thuy        | Cam Thủy
            cam nghia          | Cam Nghĩa
            tt cam lo          | Cam Lộ
            """)
    void findsTheUnitAPrintedNameMeans(String printed, String unit) {
        UnitNameMatcher.Match match = UnitNameMatcher.match(printed, CAM_LO);

        assertThat(match.found()).isTrue();
        assertThat(match.unit().name()).isEqualTo(unit);
        assertThat(match.suggestions()).isEmpty();
    }

    @Test
    void diacriticsWrittenDecomposedAreTheSameName() {
        String decomposed = Normalizer.normalize("Xã Cam Thành", Normalizer.Form.NFD);

        assertThat(UnitNameMatcher.match(decomposed, CAM_LO).unit().name()).isEqualTo("Cam Thành");
    }

    @Test
    void aWrongDiacriticStillFindsTheOnlyUnitItCanMean() {
        assertThat(UnitNameMatcher.match("Xã Cam Tuyển", CAM_LO).unit().name()).isEqualTo("Cam Tuyền");
    }

    @Test
    void aNameWithoutDiacriticsThatFitsTwoUnitsIsNotGuessed() {
        // "Cam Thãnh" is neither Cam Thanh nor Cam Thành; without marks it is both.
        UnitNameMatcher.Match match = UnitNameMatcher.match("Cam Thãnh", CAM_LO);

        assertThat(match.found()).isFalse();
        assertThat(match.suggestions()).containsExactly("Cam Thanh", "Cam Thành", "Cam Chính");
    }

    @Test
    void anUnknownNameGetsTheThreeClosestNames() {
        assertThat(UnitNameMatcher.match("Cam Xyz", CAM_LO).found()).isFalse();
        assertThat(UnitNameMatcher.match("Cam Xyz", CAM_LO).suggestions()).containsExactly("Cam An", "Cam Lộ", "Cam Thủy");
        assertThat(UnitNameMatcher.match("Cam Nghia Tay", CAM_LO).suggestions()).first().isEqualTo("Cam Nghĩa");
        assertThat(UnitNameMatcher.match("Gio Linh", List.of()).suggestions()).isEmpty();
    }

    @Test
    void theNameWithoutItsAdministrativePrefix() {
        assertThat(UnitNameMatcher.withoutPrefix("  Thị trấn  Cam Lộ ")).isEqualTo("cam lộ");
        assertThat(UnitNameMatcher.withoutPrefix("Phường Đông Hà")).isEqualTo("đông hà");
        assertThat(UnitNameMatcher.withoutPrefix("Đặc khu Cồn Cỏ")).isEqualTo("cồn cỏ");
        // A name that merely starts like a prefix keeps it.
        assertThat(UnitNameMatcher.withoutPrefix("Xãa")).isEqualTo("xãa");
    }
}
