package vn.ansinh.relief.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.ansinh.shared.AccessScope;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/** The communes a user may choose on the relief pages: those of the year they read, or write, by name. */
@Component
class ReliefCommunes {

    private final Units units;
    private final Clock clock;

    ReliefCommunes(Units units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    List<AdministrativeUnit> readable(int year, AccessScope scope) {
        return units.communesIn(year, scope::canRead);
    }

    List<AdministrativeUnit> writable(int year, AccessScope scope) {
        return units.communesIn(year, scope::canWrite);
    }

    int thisYear() {
        return LocalDate.now(clock).getYear();
    }
}
