package vn.ansinh.programme.web;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import vn.ansinh.programme.DocumentReference;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.ProgrammeText;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.targets.TargetValues;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * What the programme pages and API show, looked up once for both. A programme the user may not
 * read is 404 like one that does not exist (not 403), so other units' programme ids do not leak.
 */
@Component
class ProgrammeViews {

    private final Programmes programmes;
    private final Units units;
    private final TargetValues targets;

    ProgrammeViews(Programmes programmes, Units units, TargetValues targets) {
        this.programmes = programmes;
        this.units = units;
        this.targets = targets;
    }

    /** Whether the programme's year has any target of its units: a new programme has none until they are given. */
    boolean hasTargets(Programme programme) {
        return targets.anyTarget(units.withDescendants(programme.coordinatingUnitId()), programme.programmeYear());
    }

    List<ProgrammeSummary> summaries(AccessScope scope) {
        return programmes.readable(scope).stream().map(this::summary).toList();
    }

    Optional<Programme> current(AccessScope scope) {
        return programmes.current(scope);
    }

    ProgrammeSummary summary(long id, AccessScope scope) {
        return summary(programmes.byId(id, scope).orElseThrow(ProgrammeViews::notFound));
    }

    ProgrammeText text(long id, AccessScope scope) {
        return programmes.text(id, scope).orElseThrow(ProgrammeViews::notFound);
    }

    AdministrativeUnit coordinatingUnit(Programme programme) {
        return units.byId(programme.coordinatingUnitId()).orElseThrow();
    }

    private ProgrammeSummary summary(Programme programme) {
        AdministrativeUnit unit = coordinatingUnit(programme);
        DocumentReference document = programme.document();
        return new ProgrammeSummary(programme.id(), programme.programmeYear(), programme.title(),
                new ProgrammeSummary.UnitSummary(unit.id(), unit.code(), unit.kind().name(), unit.name()),
                new ProgrammeSummary.DocumentSummary(document.number(), document.symbol(), document.day(),
                        document.month(), document.year()), programme.published());
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "programme");
    }
}
