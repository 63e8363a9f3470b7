package vn.ansinh.intake;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Says an intake error in the user's language, naming file, line, path and field. */
@Component
public class IntakeErrorFormatter {

    private final MessageSource messages;

    IntakeErrorFormatter(MessageSource messages) {
        this.messages = messages;
    }

    public String message(IntakeError error, Locale locale) {
        return messages.getMessage(error.code(), error.arguments().toArray(), error.code(), locale);
    }

    /**
     * "cam-lo-2019.yaml, dòng 12, tables[1].rows[3], trường «2»: …"; an error without a path
     * (a YAML syntax error) or without a field (a row with too few cells) leaves that part out.
     */
    public String describe(IntakeError error, Locale locale) {
        boolean path = !error.path().isEmpty();
        boolean field = !error.field().isEmpty();
        String key = path && field ? "intake.error.where"
                : path ? "intake.error.where.path"
                : field ? "intake.error.where.field"
                : "intake.error.where.line";
        String where = messages.getMessage(key,
                new Object[] {error.file(), error.line(), error.path(), error.field()}, locale);
        return where + ": " + message(error, locale);
    }

    /** Why the seed could not be loaded: a heading, then one line per error. */
    public String seedFailed(ImportResult result, Locale locale) {
        return messages.getMessage("intake.seed.failed", new Object[] {result.file()}, locale) + "\n"
                + describeAll(result, locale);
    }

    public String describeAll(ImportResult result, Locale locale) {
        return result.errors().stream().map(e -> describe(e, locale)).collect(Collectors.joining("\n"));
    }
}
