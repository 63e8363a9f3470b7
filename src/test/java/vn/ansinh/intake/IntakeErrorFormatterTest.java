package vn.ansinh.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** How an intake error reads, from the application's own message files. */
class IntakeErrorFormatterTest {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    final IntakeErrorFormatter formatter = new IntakeErrorFormatter(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void namesFileLinePathAndField() {
        IntakeError error = new IntakeError("cam-lo.yaml", 12, "tables[2].rows[1][4]", "2 – Hộ nghèo",
                "intake.number.invalid", List.of("14o"));

        assertThat(formatter.describe(error, VIETNAMESE)).isEqualTo(
                "cam-lo.yaml, dòng 12, tables[2].rows[1][4], trường «2 – Hộ nghèo»: "
                        + "«14o» không phải là số (viết như in: 3.971 hoặc 9,92)");
        assertThat(formatter.describe(error, Locale.ENGLISH)).startsWith(
                "cam-lo.yaml, line 12, tables[2].rows[1][4], field \"2 – Hộ nghèo\": ");
    }

    @Test
    void leavesOutAFieldOrPathTheErrorDoesNotHave() {
        IntakeError syntax = new IntakeError("cam-lo.yaml", 322, "", "", "intake.yaml.syntax",
                List.of("mapping values are not allowed here"));
        IntakeError cells = new IntakeError("cam-lo.yaml", 362, "tables[3].rows[4]", "", "intake.row.cells", List.of(7, 8));
        IntakeError missing = new IntakeError("cam-lo.yaml", 1, "", "programme", "intake.field.missing", List.of());

        assertThat(formatter.describe(syntax, VIETNAMESE))
                .isEqualTo("cam-lo.yaml, dòng 322: tệp không đúng cú pháp YAML: mapping values are not allowed here");
        assertThat(formatter.describe(cells, VIETNAMESE))
                .isEqualTo("cam-lo.yaml, dòng 362, tables[3].rows[4]: dòng có 7 ô, nhưng biểu có 8 cột");
        assertThat(formatter.describe(missing, VIETNAMESE))
                .isEqualTo("cam-lo.yaml, dòng 1, trường «programme»: thiếu trường bắt buộc");
        assertThat(formatter.describe(syntax, Locale.ENGLISH)).startsWith("cam-lo.yaml, line 322: ");
        assertThat(formatter.describe(cells, Locale.ENGLISH)).startsWith("cam-lo.yaml, line 362, tables[3].rows[4]: ");
        assertThat(formatter.describe(missing, Locale.ENGLISH)).startsWith("cam-lo.yaml, line 1, field \"programme\": ");
    }

    @Test
    void aSeedThatFailsSaysSoThenEveryError() {
        IntakeError first = new IntakeError("cam-lo-2019.yaml", 7, "format", "format", "intake.format.unsupported",
                List.of("ansinh-programme/2", "ansinh-programme/1"));
        IntakeError second = new IntakeError("cam-lo-2019.yaml", 322, "", "", "intake.yaml.syntax", List.of("x"));
        ImportResult result = new ImportResult("cam-lo-2019.yaml", false, null, ImportCounts.NONE, List.of(first, second));

        assertThat(formatter.seedFailed(result, VIETNAMESE)).isEqualTo("""
                Không nạp được chương trình mẫu từ tệp cam-lo-2019.yaml; cơ sở dữ liệu không bị thay đổi:
                cam-lo-2019.yaml, dòng 7, format, trường «format»: định dạng «ansinh-programme/2» không được hỗ trợ; \
                cần «ansinh-programme/1»
                cam-lo-2019.yaml, dòng 322: tệp không đúng cú pháp YAML: x""");
    }
}
