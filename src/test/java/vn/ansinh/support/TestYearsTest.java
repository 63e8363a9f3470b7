package vn.ansinh.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Tests share one database, and a programme's year is unique per coordinating unit: a test that imports
 * the seed itself under a year (with {@code withYear}) is refused with «intake.programme.exists» when
 * another test has already made that year's programme — depending on which ran first. So a year a
 * test imports itself belongs to that test's class alone.
 */
class TestYearsTest {

    private static final Pattern IMPORTED = Pattern.compile("(?:withYear|consistentSeed)\\((20\\d\\d)\\)");
    private static final Pattern USED = Pattern.compile(
            "(?:withYear\\(|consistentSeed\\(|year: |YEAR = |SeedOfYear\\.of\\([^;]*?, |(?:Reporting|Sponsorship)Year\\([^;]*?, )(20\\d\\d)\\b");

    @Test
    void aYearATestImportsItselfIsUsedByNoOtherTest() throws IOException {
        Map<String, Set<String>> usedBy = new HashMap<>();
        Map<String, Set<String>> importedBy = new HashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                collect(USED, text, file, usedBy);
                collect(IMPORTED, text, file, importedBy);
            }
        }
        List<String> shared = new ArrayList<>();
        importedBy.forEach((year, importers) -> {
            Set<String> users = usedBy.getOrDefault(year, Set.of());
            if (users.size() > 1) {
                shared.add(year + " " + users);
            }
        });
        assertThat(shared).as("years imported by one test and used by another").isEmpty();
        assertThat(importedBy).as("the search finds the imports").containsKey("2071");
        assertThat(usedBy.get("2051")).as("the search finds the seeds of a year").hasSizeGreaterThan(1);
    }

    private static void collect(Pattern pattern, String text, Path file, Map<String, Set<String>> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.computeIfAbsent(matcher.group(1), year -> new TreeSet<>()).add(file.getFileName().toString());
        }
    }
}
