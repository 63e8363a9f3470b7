package vn.ansinh.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.intake.ImportResult;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.support.ProgrammeYaml;

/** The seed's programme in a district of its own («QT.» + tag) and year, imported once per database. */
public final class OwnDistrict {

    private OwnDistrict() {
    }

    public static long of(JdbcClient jdbc, ProgrammeImporter importer, int year, String tag) {
        Long existing = jdbc.sql("select p.id from programme p join administrative_unit u on u.id = p.coordinating_unit_id "
                + "where u.code = :code and p.programme_year = :year").param("code", "QT." + tag).param("year", year)
                .query(Long.class).optional().orElse(null);
        if (existing != null) {
            return existing;
        }
        ImportResult result = ProgrammeYaml.seed().withYear(year).inNewDistrict(tag)
                .importWith(importer, tag.toLowerCase() + "-" + year + ".yaml", false);
        assertThat(result.errors()).as("the seed imports in district " + tag).isEmpty();
        return result.programmeId();
    }
}
