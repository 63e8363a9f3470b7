package vn.ansinh.attainment.internal;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ansinh.programme.Programme;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.Indicators;
import vn.ansinh.targets.TargetValues;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.Units;

/**
 * The communes a programme's computed targets are about: a commune's programme is about the commune itself; a
 * district's or province's about the communes (wards, townships, special zones) below it in the programme's year.
 */
@Component
public class ProgrammeCommunes {

    private static final Set<UnitKind> COMMUNES = EnumSet.of(UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP,
            UnitKind.SPECIAL_ZONE);

    private final Units units;
    private final Indicators indicators;
    private final TargetValues targets;

    ProgrammeCommunes(Units units, Indicators indicators, TargetValues targets) {
        this.units = units;
        this.indicators = indicators;
        this.targets = targets;
    }

    public List<Long> of(Programme programme) {
        AdministrativeUnit unit = units.byId(programme.coordinatingUnitId()).orElseThrow();
        if (COMMUNES.contains(unit.kind())) {
            return List.of(unit.id());
        }
        return units.members(unit.id(), programme.programmeYear()).stream().filter(u -> COMMUNES.contains(u.kind()))
                .map(AdministrativeUnit::id).toList();
    }

    /** The figure the programme set for the indicator at its coordinating unit («9» of «9/9 xã»). */
    public Optional<BigDecimal> target(Programme programme, String indicatorCode) {
        return indicators.byCode(indicatorCode).flatMap(i -> targets.target(
                new FigureKey(i.id(), programme.coordinatingUnitId(), null), programme.programmeYear()))
                .map(t -> t.amount());
    }
}
