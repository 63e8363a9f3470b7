package vn.ansinh.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.intake.ImportResult;
import vn.ansinh.intake.ProgrammeImporter;

/**
 * The seed as a programme of another year, imported once per database: tests that write figures or
 * households for a programme do it there, leaving the seed as other tests expect it. created says
 * whether this call imported it, so a test sets up its data once.
 */
public record SeedOfYear(long programmeId, boolean created) {

    public static SeedOfYear of(JdbcClient jdbc, ProgrammeImporter importer, int year) {
        Long existing = jdbc.sql("select id from programme where programme_year = :year").param("year", year)
                .query(Long.class).optional().orElse(null);
        if (existing != null) {
            return new SeedOfYear(existing, false);
        }
        ImportResult result = ProgrammeYaml.seed().withYear(year).importWith(importer, "cam-lo-" + year + ".yaml", false);
        assertThat(result.errors()).as("the seed imports as a programme of " + year).isEmpty();
        return new SeedOfYear(result.programmeId(), true);
    }
}
