package vn.ansinh.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.ProgrammeYaml;
import vn.ansinh.support.RowCounts;

/**
 * A broken programme file is refused with every error named by file, line, path and field, and
 * nothing of it is written, whether the error is found while reading the file or only while
 * writing it inside the import's transaction. Each file is the seed with one thing broken.
 */
@IntegrationTest
class MalformedFileTest {

    static final String FILE = "chuong-trinh.yaml";
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    /** Member communes of Cam Lộ nearest to "Cam Xyz" (3 edits each, then Cam Thủy with 4). */
    static final String NEAREST_TO_XYZ = "Cam An, Cam Lộ, Cam Thủy";

    @Autowired
    ProgrammeImporter importer;

    @Autowired
    IntakeErrorFormatter formatter;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNumberThatIsNotANumber() {
        ProgrammeYaml file = ProgrammeYaml.seed()
                .replace("\"Cam Tuyền\", \"1.411\", \"140\",", "\"Cam Tuyền\", \"1.411\", \"14o\",");

        ImportResult result = assertRefused(file, "\"14o\"", "tables[2].rows[1][4]", "2 – Hộ nghèo",
                "intake.number.invalid", "14o");
        assertThat(formatter.message(result.errors().get(0), VIETNAMESE))
                .isEqualTo("«14o» không phải là số (viết như in: 3.971 hoặc 9,92)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {".nan", ".inf", "-.inf", "1_000.5", "1:30.5"})
    void aYamlFloatThatIsNotANumber(String cell) {
        ProgrammeYaml file = ProgrammeYaml.seed()
                .replace("[\"1\", \"Xã Cam Tuyền\", 7, 4,", "[\"1\", \"Xã Cam Tuyền\", " + cell + ", 4,");

        assertRefused(file, "\"Xã Cam Tuyền\", " + cell, "tables[3].rows[1][3]", "1 – Hội ND",
                "intake.number.invalid", cell);
    }

    @Test
    void anUnquotedThousandsFigureIsNotGuessed() {
        // YAML reads an unquoted 3.971 as three point nine seven one; print means 3971.
        ProgrammeYaml file = ProgrammeYaml.seed()
                .replace("[\"1\", \"Cam An\", \"3.971\",", "[\"1\", \"Cam An\", 3.971,");

        ImportResult result = assertRefused(file, "\"Cam An\", 3.971", "tables[1].rows[1][3]", "1 – Trong độ tuổi",
                "intake.number.unquoted", "3.971");
        assertThat(formatter.message(result.errors().get(0), VIETNAMESE)).contains("\"3.971\"", "\"9,92\"");
    }

    @Test
    void anUnknownCommuneIsFoundWhileWritingAndRolledBack() {
        // A new year, so the programme, a new unit and all of Biểu 1 are written before Biểu 2 names
        // a commune Cam Lộ does not have; all of it must be rolled back.
        ProgrammeYaml file = ProgrammeYaml.seed().withYear(2040)
                .replace("units:\n", "units:\n  - {code: TEST.NEW, kind: PROVINCE, name: Tỉnh Thử}\n")
                .withBieu2RowNamed("Cam Xyz");

        ImportResult result = assertRefused(file, "\"Cam Xyz\"", "tables[2].rows[7]", "B",
                "intake.row.unitUnknown", "Cam Xyz", "Cam Lộ", NEAREST_TO_XYZ);
        assertThat(formatter.message(result.errors().get(0), VIETNAMESE)).isEqualTo(
                "không tìm thấy xã, thị trấn «Cam Xyz» thuộc Cam Lộ; tên gần nhất: " + NEAREST_TO_XYZ);
    }

    @Test
    void anErrorInOneTableDoesNotHideTheErrorsOfTheNext() {
        ProgrammeYaml file = ProgrammeYaml.seed().withYear(2041)
                .replace("[\"2\", \"Cam Thanh\", \"1.700\"", "[\"2\", \"Cam Thamh\", \"1.700\"")
                .replace("[\"7\", \"Xã Cam Thanh\", 1,", "[\"7\", \"Xã Cam Thaanh\", 1,");

        ImportResult result = importWritingNothing(file, false);

        assertThat(result.errors()).extracting(IntakeError::path, IntakeError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("tables[1].rows[2]", "intake.row.unitUnknown"),
                org.assertj.core.groups.Tuple.tuple("tables[3].rows[7]", "intake.row.unitUnknown"));
    }

    @Test
    void aFormulaNamingAColumnTheTableDoesNotHave() {
        ProgrammeYaml file = ProgrammeYaml.seed()
                .replace("{code: \"3\", formula: \"1 - 2\"}", "{code: \"3\", formula: \"1 - 12\"}");

        assertRefused(file, "formula: \"1 - 12\"", "tables[1].columns[5]", "formula",
                "intake.column.missing", "12", "1 - 12");
    }

    @Test
    void aCheckNamingAColumnTheTableDoesNotHave() {
        ProgrammeYaml file = ProgrammeYaml.seed()
                .replace("{column: \"2\", equalsSumOf: [\"4\", \"6\"]}", "{column: \"2\", equalsSumOf: [\"4\", \"16\"]}");

        assertRefused(file, "equalsSumOf: [\"4\", \"16\"]", "tables[2].checks[1]", "equalsSumOf",
                "intake.column.missing", "16", "equalsSumOf");
    }

    @Test
    void aRowWithTooFewCells() {
        ProgrammeYaml file = ProgrammeYaml.seed()
                .replace("[\"4\", \"Xã Cam An\", 0, 0, 0, 0, 5, 5]", "[\"4\", \"Xã Cam An\", 0, 0, 0, 5, 5]");

        assertRefused(file, "\"Xã Cam An\"", "tables[3].rows[4]", "", "intake.row.cells", 7, 8);
    }

    @Test
    void aMisspelledFieldName() {
        ProgrammeYaml file = ProgrammeYaml.seed()
                .replace("\"Xuất khẩu lao động\"]\n    columns:", "\"Xuất khẩu lao động\"]\n    colums:");

        ImportResult result = importWritingNothing(file, false);

        assertThat(result.succeeded()).isFalse();
        IntakeError misspelled = new IntakeError(FILE, file.lineOf("colums:"), "tables[1].colums", "colums",
                "intake.field.unknown", List.of("code, title, totalLabel, header, columns, checks, rows, total, notes"));
        IntakeError missing = new IntakeError(FILE, file.lineOf("- code: bieu-1"), "tables[1]", "columns",
                "intake.field.missing", List.of());
        // The misspelling comes first; without columns, the rows and references of Biểu 1 fail after it.
        assertThat(result.errors().get(0)).isEqualTo(misspelled);
        assertThat(result.errors()).contains(missing);
        assertDescribed(misspelled);
    }

    @Test
    void aYamlSyntaxError() {
        ProgrammeYaml file = ProgrammeYaml.seed()
                .replace("title: \"Biểu số 2: GIẢM NGHÈO NĂM 2019\"", "title: Biểu số 2: GIẢM NGHÈO NĂM 2019");

        assertRefused(file, "title: Biểu số 2:", "", "", "intake.yaml.syntax",
                "mapping values are not allowed here");
    }

    @Test
    void anUnknownUnitCodeIsFoundWhileWritingAndRolledBack() {
        ProgrammeYaml file = ProgrammeYaml.seed().withYear(2041)
                .replace("{indicator: JOBS_CREATED, unit: QT.CL, plan: 1200}", "{indicator: JOBS_CREATED, unit: QT.CX, plan: 1200}");

        assertRefused(file, "unit: QT.CX", "targets[1]", "unit", "intake.unit.unknown", "QT.CX");
    }

    @Test
    void anotherFormatMarker() {
        ProgrammeYaml file = ProgrammeYaml.seed().replace("format: ansinh-programme/1", "format: ansinh-programme/2");

        assertRefused(file, "format: ansinh-programme/2", "format", "format",
                "intake.format.unsupported", "ansinh-programme/2", "ansinh-programme/1");
    }

    @Test
    void aStatedFigureThatIsNotInItsParagraph() {
        ProgrammeYaml file = ProgrammeYaml.seed()
                .replace("{printed: \"547\", cell:", "{printed: \"548\", cell:");

        assertRefused(file, "printed: \"548\"", "programme.sections[3].sections[2].items[1].figures[3]",
                "printed", "intake.figure.notInText", "548");
    }

    @Test
    void aStatedFigureForARowItsTableDoesNotHaveIsFoundWhileWriting() {
        // Cam Chính is a commune of Cam Lộ, but this Biểu 3 has no row for it.
        ProgrammeYaml file = ProgrammeYaml.seed().withYear(2043)
                .replace("      - [\"9\", \"Xã Cam Chính\", 1, 1, 0, 0, 0, 2]\n", "")
                .replace("{printed: \"31\", cell: {table: bieu-3, column: \"1\"}}",
                        "{printed: \"31\", cell: {table: bieu-3, column: \"1\", row: \"Cam Chính\"}}");

        assertRefused(file, "row: \"Cam Chính\"", "programme.sections[3].sections[3].items[5].figures[1].cell", "row",
                "intake.figure.row", "Cam Chính", "bieu-3");
    }

    @Test
    void theSeedAgainIsRefusedBecauseItsProgrammeExists() {
        ProgrammeYaml file = ProgrammeYaml.seed();

        // Reported where the programme block starts, its first line.
        assertRefused(file, "  coordinatingUnit: QT.CL", "programme", "year",
                "intake.programme.exists", "QT.CL", 2019);
    }

    @Test
    void aDryRunOfAValidFileCountsWhatItWouldWriteAndWritesNothing() {
        ProgrammeYaml file = ProgrammeYaml.seed().withYear(2042)
                .replace("units:\n", "units:\n  - {code: TEST.DRY, kind: PROVINCE, name: Tỉnh Thử}\n");

        ImportResult result = importWritingNothing(file, true);

        assertThat(result.errors()).isEmpty();
        assertThat(result.dryRun()).isTrue();
        assertThat(result.succeeded()).isTrue();
        assertThat(result.committed()).isFalse();
        assertThat(result.programmeId()).isNull();
        // The new unit, the programme, its 3 tables, 3 targets + 5 associations × 2 targets stated in words
        // + 9 × (8 + 5 + 5) table inputs, 17 stated figures.
        assertThat(result.created()).isEqualTo(new ImportCounts(1, 0, 0, 1, 3, 3 + 5 * 2 + 9 * (8 + 5 + 5), 17, 0));
    }

    /** Imports the file and asserts that no table of the database has a row more or less after it. */
    private ImportResult importWritingNothing(ProgrammeYaml file, boolean dryRun) {
        RowCounts before = RowCounts.of(jdbc);
        ImportResult result = file.importWith(importer, FILE, dryRun);
        assertThat(RowCounts.of(jdbc)).isEqualTo(before);
        assertThat(result.file()).isEqualTo(FILE);
        return result;
    }

    /**
     * Imports the file and asserts that it is refused with this one error, on the line where the
     * broken text stands, and writes nothing.
     */
    private ImportResult assertRefused(ProgrammeYaml file, String brokenText, String path, String field, String code,
            Object... arguments) {
        ImportResult result = importWritingNothing(file, false);
        IntakeError expected = new IntakeError(FILE, file.lineOf(brokenText), path, field, code, List.of(arguments));
        assertThat(result.errors()).containsExactly(expected);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.programmeId()).isNull();
        assertThat(result.created()).isEqualTo(ImportCounts.NONE);
        assertDescribed(expected);
        return result;
    }

    /** The Vietnamese text names the file, the line, the path and the field, then says what is wrong. */
    private void assertDescribed(IntakeError error) {
        String message = formatter.message(error, VIETNAMESE);
        String described = formatter.describe(error, VIETNAMESE);
        assertThat(message).isNotEqualTo(error.code());
        assertThat(described).startsWith(FILE + ", dòng " + error.line()).endsWith(": " + message);
        String where = described.substring(0, described.length() - message.length());
        if (error.path().isEmpty()) {
            assertThat(where).isEqualTo(FILE + ", dòng " + error.line() + ": ");
        } else if (error.field().isEmpty()) {
            assertThat(where).isEqualTo(FILE + ", dòng " + error.line() + ", " + error.path() + ": ");
        } else {
            assertThat(where).isEqualTo(FILE + ", dòng " + error.line() + ", " + error.path() + ", trường «" + error.field() + "»: ");
        }
    }
}
