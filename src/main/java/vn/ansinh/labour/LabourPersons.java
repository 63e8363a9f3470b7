package vn.ansinh.labour;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.households.Sex;
import vn.ansinh.shared.AccessScope;

/**
 * Communes' person lists for the labour-force baseline, and the labour force they give on a day:
 * working age decided person by person by the law of the year.
 */
@Service
@Transactional(readOnly = true)
public class LabourPersons {

    /** A person of a commune's list. */
    public record Person(long unitId, String fullName, Sex sex, LocalDate birthDate, boolean employed, Training training,
            String certificate) {
    }

    private final JdbcClient jdbc;
    private final WorkingAgeRules rules;

    LabourPersons(JdbcClient jdbc, WorkingAgeRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    @Transactional
    public void add(Person person, AccessScope scope) {
        if (!scope.canWrite(person.unitId())) {
            throw new LabourNotFoundException(person.unitId());
        }
        if (person.fullName() == null || person.fullName().isBlank() || person.sex() == null || person.birthDate() == null
                || person.training() == null) {
            throw new LabourRefusal("labour.person.incomplete");
        }
        jdbc.sql("insert into labour_person (unit_id, full_name, sex, birth_date, employed, training, certificate) "
                + "values (:unit, :name, :sex, :birth, :employed, :training, :certificate)").param("unit", person.unitId())
                .param("name", person.fullName().strip()).param("sex", person.sex().name()).param("birth", person.birthDate())
                .param("employed", person.employed()).param("training", person.training().name())
                .param("certificate", person.certificate()).update();
    }

    /** The labour force of each commune with a person list, on the day; a commune without one has none. */
    public Map<Long, LabourForce> force(List<Long> unitIds, LocalDate day) {
        Map<Long, long[]> counts = new HashMap<>();
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        WorkingAgeRules.Calculator age = rules.calculator();
        jdbc.sql("select unit_id, sex, birth_date, employed, training from labour_person where unit_id in (:units)")
                .param("units", unitIds).query((rs, n) -> {
                    long[] c = counts.computeIfAbsent(rs.getLong(1), k -> new long[5]);
                    c[0]++;
                    if (age.on(Sex.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class), day).workingAge()) {
                        c[1]++;
                        c[2] += rs.getBoolean(4) ? 1 : 0;
                        Training training = Training.valueOf(rs.getString(5));
                        c[3] += training == Training.SKILLED_WITHOUT_CERTIFICATE ? 1 : 0;
                        c[4] += training == Training.UNTRAINED ? 1 : 0;
                    }
                    return null;
                }).list();
        Map<Long, LabourForce> force = new HashMap<>();
        counts.forEach((unit, c) -> force.put(unit, new LabourForce(unit, c[0], c[1], c[2], c[3], c[4])));
        return force;
    }
}
