package vn.ansinh.intake.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.ansinh.programme.Programme;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitNameMatcher;
import vn.ansinh.units.Units;

/** Finds the member unit a printed row name means ("Xã Cam Tuyền", "TT Cam Lộ"). */
@Component
class MemberUnits {

    private final Units units;

    MemberUnits(Units units) {
        this.units = units;
    }

    Resolver of(Programme programme, Errors errors) {
        List<AdministrativeUnit> members = units.members(programme.coordinatingUnitId(), programme.programmeYear());
        String parent = units.byId(programme.coordinatingUnitId()).map(AdministrativeUnit::name).orElse("");
        return (name, where) -> {
            if (name == null) {
                return null;
            }
            UnitNameMatcher.Match match = UnitNameMatcher.match(name, members);
            if (!match.found()) {
                errors.add(where, "B", "intake.row.unitUnknown", name, parent, String.join(", ", match.suggestions()));
                return null;
            }
            return match.unit().id();
        };
    }

    /** Resolves a printed name to a unit id, or records an error and gives null. */
    interface Resolver {
        Long resolve(String name, Where where);
    }
}
