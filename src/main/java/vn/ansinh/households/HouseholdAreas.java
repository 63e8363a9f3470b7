package vn.ansinh.households;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.poverty.Area;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.UnitLink;
import vn.ansinh.units.UnitSuccessions;
import vn.ansinh.units.Units;

/**
 * A household's area (rural or urban) for its income line, as the law decides it: by the unit it lives in on
 * the review date — wards, townships (thị trấn) and urban districts, towns and cities are urban, communes rural;
 * a village or residential group has the area of the unit it belongs to that day. The household's record keeps
 * its unit at every date, so the unit in force that day is found through the succession: Thị trấn Cam Lộ's
 * households are urban until 30/06/2025 and rural in Xã Cam Lộ from 01/07/2025.
 */
@Service
@Transactional(readOnly = true)
public class HouseholdAreas {

    private static final Set<UnitKind> URBAN = EnumSet.of(UnitKind.WARD, UnitKind.TOWNSHIP, UnitKind.URBAN_DISTRICT,
            UnitKind.TOWN, UnitKind.PROVINCIAL_CITY, UnitKind.CENTRAL_CITY);
    private static final Set<UnitKind> BELONGING = EnumSet.of(UnitKind.VILLAGE, UnitKind.RESIDENTIAL_GROUP);
    /** Successions followed at most: a chain longer than this is a loop in the data, not history. */
    private static final int MAX_STEPS = 20;

    private final Units units;
    private final UnitSuccessions successions;

    HouseholdAreas(Units units, UnitSuccessions successions) {
        this.units = units;
        this.successions = successions;
    }

    /**
     * The area of the unit's households on the day; empty when the kind of the unit in force that day says none
     * (a province, a district, a special zone) or the succession does not lead to one unit (a split).
     */
    public Optional<Area> areaOn(long unitId, LocalDate day) {
        Optional<AdministrativeUnit> unit = inForce(unitId, day);
        for (int step = 0; unit.isPresent() && step < MAX_STEPS; step++) {
            UnitKind kind = unit.get().kind();
            if (!BELONGING.contains(kind)) {
                return areaOf(kind);
            }
            Long parent = unit.get().parentId();
            unit = parent == null ? Optional.empty() : inForce(parent, day);
        }
        return Optional.empty();
    }

    /** The area the law gives a kind of unit; none for a level above the commune or a special zone. */
    public static Optional<Area> areaOf(UnitKind kind) {
        if (URBAN.contains(kind)) {
            return Optional.of(Area.URBAN);
        }
        return kind == UnitKind.COMMUNE ? Optional.of(Area.RURAL) : Optional.empty();
    }

    /** The unit, or the one it became or came from, that is in force on the day; one unit each step. */
    Optional<AdministrativeUnit> inForce(long unitId, LocalDate day) {
        Optional<AdministrativeUnit> unit = units.byId(unitId);
        for (int step = 0; unit.isPresent() && !unit.get().validOn(day) && step < MAX_STEPS; step++) {
            AdministrativeUnit u = unit.get();
            boolean ended = u.validTo() != null && u.validTo().isBefore(day);
            List<UnitLink> links = ended
                    ? successions.successors(u.id()).stream().filter(l -> !l.effectiveOn().isAfter(day)).toList()
                    : successions.predecessors(u.id()).stream().filter(l -> l.effectiveOn().isAfter(day)).toList();
            unit = links.size() == 1 ? Optional.of(links.get(0).unit()) : Optional.empty();
        }
        return unit.filter(u -> u.validOn(day));
    }
}
