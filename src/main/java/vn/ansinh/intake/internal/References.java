package vn.ansinh.intake.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Codes of units, organisations and indicators resolved to ids: first those the file wrote,
 * then those already in the database. An unknown code records an error and resolves to null.
 */
final class References {

    private final Map<String, Long> units = new HashMap<>();
    private final Map<String, Long> organisations = new HashMap<>();
    private final Map<String, Long> indicators = new HashMap<>();
    private final Errors errors;
    private final Function<String, Optional<Long>> unitsInDatabase;
    private final Function<String, Optional<Long>> organisationsInDatabase;
    private final Function<String, Optional<Long>> indicatorsInDatabase;

    References(Errors errors, Function<String, Optional<Long>> unitsInDatabase,
            Function<String, Optional<Long>> organisationsInDatabase,
            Function<String, Optional<Long>> indicatorsInDatabase) {
        this.errors = errors;
        this.unitsInDatabase = unitsInDatabase;
        this.organisationsInDatabase = organisationsInDatabase;
        this.indicatorsInDatabase = indicatorsInDatabase;
    }

    void unit(String code, long id) {
        units.put(code, id);
    }

    void organisation(String code, long id) {
        organisations.put(code, id);
    }

    void indicator(String code, long id) {
        indicators.put(code, id);
    }

    Long unit(String code, Where where, String field) {
        return resolve(units, unitsInDatabase, code, where, field, "intake.unit.unknown");
    }

    Long organisation(String code, Where where, String field) {
        return resolve(organisations, organisationsInDatabase, code, where, field, "intake.organisation.unknown");
    }

    Long indicator(String code, Where where, String field) {
        return resolve(indicators, indicatorsInDatabase, code, where, field, "intake.indicator.unknown");
    }

    private Long resolve(Map<String, Long> written, Function<String, Optional<Long>> database, String code,
            Where where, String field, String unknown) {
        if (code == null) {
            return null;
        }
        Long id = written.get(code);
        if (id == null) {
            id = database.apply(code).orElse(null);
        }
        if (id == null) {
            errors.add(where, field, unknown, code);
        }
        return id;
    }
}
