package vn.ansinh.units;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import vn.ansinh.shared.CatalogueChange;

/**
 * A province, district, commune, village…; parentId is null at the top of the tree. code is ansinh's own key;
 * gsoCode the General Statistics Office's code, which names this unit only while it is valid (codes are reused).
 */
@Table("administrative_unit")
public record AdministrativeUnit(
        @Id Long id,
        Long parentId,
        UnitKind kind,
        String code,
        String name,
        LocalDate validFrom,
        LocalDate validTo,
        String gsoCode) implements CatalogueChange.Identified {

    public static AdministrativeUnit create(Long parentId, UnitKind kind, String code, String name) {
        return create(parentId, kind, code, name, null);
    }

    public static AdministrativeUnit create(Long parentId, UnitKind kind, String code, String name, String gsoCode) {
        return new AdministrativeUnit(null, parentId, kind, code, name, null, null, gsoCode);
    }

    /** Whether the unit existed on a day of the given year (open-ended validity counts). */
    public boolean validIn(int year) {
        return (validFrom == null || validFrom.getYear() <= year) && (validTo == null || validTo.getYear() >= year);
    }

    /** Whether the unit exists on the day; valid-to is the last day it exists. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
    }
}
