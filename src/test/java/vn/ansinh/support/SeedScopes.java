package vn.ansinh.support;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * Access scopes of the seed's kinds of users, made by hand from unit and organisation codes, as
 * the accounts module will make them from role assignments (readable units already expanded).
 */
public final class SeedScopes {

    public static final String DISTRICT = "QT.CL";
    public static final String CAM_AN = "QT.CL.AN";
    public static final String TOWNSHIP = "QT.CL.TT";
    public static final int YEAR = 2019;

    private final Units units;
    private final Partners partners;

    public SeedScopes(Units units, Partners partners) {
        this.units = units;
        this.partners = partners;
    }

    public long unit(String code) {
        return units.byCode(code).orElseThrow().id();
    }

    /** A commune officer: reads and writes their communes. */
    public AccessScope communeOfficer(String... unitCodes) {
        Set<Long> ids = ids(unitCodes);
        return new AccessScope(false, ids, ids, null, true);
    }

    /** A viewer: reads the given units, writes nothing. */
    public AccessScope viewer(String... unitCodes) {
        return new AccessScope(false, ids(unitCodes), Set.of(), null, false);
    }

    /** An officer of a district organisation: reads the district and its communes, sees only their organisation. */
    public AccessScope organisationOfficer(String organisationCode) {
        long organisation = partners.byCode(organisationCode).orElseThrow().id();
        return new AccessScope(false, districtAndCommunes(), Set.of(), Set.of(organisation), false);
    }

    /** Every commune and the district: the whole programme. */
    public Set<Long> districtAndCommunes() {
        Set<Long> ids = new HashSet<>(communes());
        ids.add(unit(DISTRICT));
        return ids;
    }

    public Set<Long> communes() {
        Set<Long> ids = new HashSet<>();
        units.members(unit(DISTRICT), YEAR).stream().map(AdministrativeUnit::id).forEach(ids::add);
        return ids;
    }

    private Set<Long> ids(String... codes) {
        Set<Long> ids = new HashSet<>();
        Stream.of(codes).map(this::unit).forEach(ids::add);
        return ids;
    }
}
