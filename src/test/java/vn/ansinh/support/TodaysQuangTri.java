package vn.ansinh.support;

import java.time.LocalDate;
import java.util.List;

import vn.ansinh.partners.OrganisationKind;
import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.partners.Partners;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.Units;

/**
 * Today's map around the seed, made where it is not there yet: the new Quảng Trị (from 01/07/2025) with Xã Cam Lộ
 * and Xã Hiếu Giang, a few of their villages, and Hiếu Giang's Front and associations. No GSO codes: the real
 * lists, imported by other tests, carry those.
 */
public record TodaysQuangTri(long province, long camLo, long hieuGiang, List<Long> hieuGiangVillages,
        List<Long> camLoVillages) {

    public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    public static final List<String> HIEU_GIANG_VILLAGES = List.of("Thôn An Mỹ", "Thôn Tân Hiếu", "Thôn Định Sơn",
            "Thôn Cam Lộ Phường");
    public static final List<String> CAM_LO_VILLAGES = List.of("Khu phố 1", "Thôn Nghĩa Hy");

    public static TodaysQuangTri ensure(Units units, Partners partners) {
        long province = unit(units, null, UnitKind.PROVINCE, "QT44", "Quảng Trị");
        long camLo = unit(units, province, UnitKind.COMMUNE, "QT44.CAMLO", "Cam Lộ");
        long hieuGiang = unit(units, province, UnitKind.COMMUNE, "QT44.HIEUGIANG", "Hiếu Giang");
        List<Long> hieuGiangVillages = villages(units, hieuGiang, "QT44.HIEUGIANG.", HIEU_GIANG_VILLAGES);
        List<Long> camLoVillages = List.of(unit(units, camLo, UnitKind.RESIDENTIAL_GROUP, "QT44.CAMLO.1", CAM_LO_VILLAGES.get(0)),
                unit(units, camLo, UnitKind.VILLAGE, "QT44.CAMLO.2", CAM_LO_VILLAGES.get(1)));
        organisation(partners, hieuGiang, OrganisationKind.FATHERLAND_FRONT, "HG.MTTQ", "Ủy ban MTTQ Việt Nam xã Hiếu Giang", "UBMTTQVN xã");
        organisation(partners, hieuGiang, OrganisationKind.FARMERS_ASSOCIATION, "HG.HND", "Hội Nông dân xã Hiếu Giang", "Hội ND xã");
        organisation(partners, hieuGiang, OrganisationKind.WOMENS_UNION, "HG.HPN", "Hội Liên hiệp Phụ nữ xã Hiếu Giang", "Hội PN xã");
        return new TodaysQuangTri(province, camLo, hieuGiang, hieuGiangVillages, camLoVillages);
    }

    private static List<Long> villages(Units units, long commune, String prefix, List<String> names) {
        return java.util.stream.IntStream.range(0, names.size())
                .mapToObj(i -> unit(units, commune, UnitKind.VILLAGE, prefix + (i + 1), names.get(i))).toList();
    }

    private static long unit(Units units, Long parent, UnitKind kind, String code, String name) {
        return units.byCode(code).map(AdministrativeUnit::id).orElseGet(() -> units.add(
                new AdministrativeUnit(null, parent, kind, code, name, REFORM, null, null)).id());
    }

    private static void organisation(Partners partners, long unit, OrganisationKind kind, String code, String name,
            String shortName) {
        if (partners.byCode(code).isEmpty()) {
            partners.add(PartnerOrganisation.create(unit, null, kind, code, name, shortName));
        }
    }
}
