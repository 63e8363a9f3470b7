package vn.ansinh.relief.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.ansinh.shared.AccessScope;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.CommuneNames;
import vn.ansinh.units.Units;

/** The communes a user may choose on the relief pages: those of today they read, or write, by name. */
@Component
class ReliefCommunes {

    private final Units units;
    private final Clock clock;

    ReliefCommunes(Units units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    List<AdministrativeUnit> readable(AccessScope scope) {
        LocalDate today = LocalDate.now(clock);
        return units.all().stream().filter(u -> CommuneNames.KINDS.contains(u.kind()) && u.validOn(today)
                && scope.canRead(u.id())).sorted(Comparator.comparing(AdministrativeUnit::name)).toList();
    }

    List<AdministrativeUnit> writable(AccessScope scope) {
        return readable(scope).stream().filter(u -> scope.canWrite(u.id())).toList();
    }

    int thisYear() {
        return LocalDate.now(clock).getYear();
    }
}
