package vn.ansinh.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The personal-data access log is append-only, as the audit log: no production source or migration after the one
 * that creates it updates, deletes or alters personal_data_access.
 */
class AccessLogAppendOnlyTest {

    private static final Pattern ALTERS_LOG = Pattern.compile(
            "(update|delete\\s+from|truncate\\s+(table\\s+)?|drop\\s+table|alter\\s+table|merge\\s+into)\\s+personal_data_access",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noSourceChangesOrRemovesAnEntry() throws IOException {
        List<Path> offending;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            offending = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql"))
                    .filter(AccessLogAppendOnlyTest::altersLog).toList();
        }
        assertThat(offending).isEmpty();
    }

    private static boolean altersLog(Path file) {
        try {
            return ALTERS_LOG.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
