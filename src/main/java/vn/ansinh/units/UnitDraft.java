package vn.ansinh.units;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * A unit as entered in its form (the web form binds to it), before it is checked: to create one,
 * or to change one (whose code then stays as it is: programme data files refer to units by code).
 */
public record UnitDraft(Long parentId, UnitKind kind, String code, String name,
        @DateTimeFormat(iso = ISO.DATE) LocalDate validFrom, @DateTimeFormat(iso = ISO.DATE) LocalDate validTo) {

    /** An empty form for a unit under the given parent (none: at the top). */
    public static UnitDraft under(Long parentId) {
        return new UnitDraft(parentId, null, null, null, null, null);
    }

    public static UnitDraft of(AdministrativeUnit unit) {
        return new UnitDraft(unit.parentId(), unit.kind(), unit.code(), unit.name(), unit.validFrom(), unit.validTo());
    }

    /** The unit with this id and codes, texts without surrounding spaces. */
    AdministrativeUnit toUnit(Long id, String fixedCode, String gsoCode) {
        return new AdministrativeUnit(id, parentId, kind, fixedCode.strip(), name.strip(), validFrom, validTo, gsoCode);
    }
}
