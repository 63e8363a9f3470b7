package vn.ansinh.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.HouseholdStatus;
import vn.ansinh.households.Member;
import vn.ansinh.households.PoorCategory;
import vn.ansinh.households.RegistryTableAsOf;
import vn.ansinh.households.RegistryTables;
import vn.ansinh.households.Sex;
import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.Classification;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Fraction;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.Indicators;
import vn.ansinh.targets.TargetValues;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.SuccessionDraft;
import vn.ansinh.units.SuccessionKind;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.UnitListImport;
import vn.ansinh.units.UnitSuccessions;
import vn.ansinh.units.Units;

/**
 * Organisations and the household registry under today's map, in a database of their own. Cam An + Cam Thanh →
 * Thanh An (2020, by hand), Thanh An going on as Xã Hiếu Giang (the 2025 list), Cam Thủy, Cam Hiếu, Cam Tuyền merged
 * into it (by hand): the Front and the associations follow — one goes on, same id, the others of its kind end linked
 * to it, their branches re-parented — and 2019's households of Cam An count in Xã Hiếu Giang as of 2026 while their
 * own records keep Cam An.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:following_todays_map;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FollowingTodaysMapTest {

    static final Path UNITS = Path.of("src", "test", "resources", "units");
    static final LocalDate MAP_2020 = LocalDate.of(2020, 1, 1);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final LocalDate TODAY_MAP = LocalDate.of(2026, 1, 1);
    static final String NQ_832 = "Nghị quyết 832/NQ-UBTVQH14";
    static final String NQ_1680 = "Nghị quyết 1680/NQ-UBTVQH15";
    static final AccessScope ALL = AccessScope.everything();

    @Autowired
    UnitListImport imports;
    @Autowired
    UnitSuccessions successions;
    @Autowired
    Units units;
    @Autowired
    Partners partners;
    @Autowired
    OrganisationsFollowUnits follow;
    @Autowired
    TargetValues values;
    @Autowired
    Indicators indicators;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    RegistryTables registryTables;
    @Autowired
    Programmes programmes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void vietnamese() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    @Order(1)
    void theFrontAndTheAssociationsOfCamAnAndCamThanhFollowThemIntoThanhAn() throws Exception {
        importList("units-2025-03.csv", MAP_2020);
        long camAn = unit("QT.CL.AN");
        long camThanh = unit("QT.CL.THANH");
        long village = units.add(new AdministrativeUnit(null, camThanh, UnitKind.VILLAGE, "TEST.THANH.TH1",
                "Thôn Thượng Nghĩa", null, null, null)).id();
        organisation(camAn, "CL.MTTQ", OrganisationKind.FATHERLAND_FRONT, "AN.MTTQ", "Ủy ban MTTQ xã Cam An");
        organisation(camAn, "CL.HND", OrganisationKind.FARMERS_ASSOCIATION, "AN.HND", "Hội Nông dân xã Cam An");
        organisation(camThanh, "CL.MTTQ", OrganisationKind.FATHERLAND_FRONT, "THANH.MTTQ", "Ủy ban MTTQ xã Cam Thanh");
        organisation(camThanh, "CL.HND", OrganisationKind.FARMERS_ASSOCIATION, "THANH.HND", "Hội Nông dân xã Cam Thanh");
        organisation(village, "THANH.HND", OrganisationKind.FARMERS_ASSOCIATION, "THANH.HND.TN", "Chi hội Thượng Nghĩa");
        organisation(camThanh, "CL.HPN", OrganisationKind.WOMENS_UNION, "THANH.HPN", "Hội Phụ nữ xã Cam Thanh");
        FigureKey figure = new FigureKey(indicators.byCode("SPONSORED_EXITS").orElseThrow().id(), camThanh,
                org("THANH.HND").id());
        values.recordBaseline(figure, 2019, new BigDecimal("7"));
        long audited = auditRows();

        long thanhAn = units.bearing("19603", LocalDate.of(2024, 1, 1)).orElseThrow().id();
        successions.record(new SuccessionDraft(List.of(camAn, camThanh), thanhAn, MAP_2020, SuccessionKind.MERGED, NQ_832));

        assertThat(org("AN.MTTQ").unitId()).as("the first predecessor's Front goes on").isEqualTo(thanhAn);
        assertThat(org("AN.HND").unitId()).isEqualTo(thanhAn);
        assertThat(org("THANH.HPN").unitId()).as("no women's union at Thanh An yet: Cam Thanh's goes on").isEqualTo(thanhAn);
        assertThat(org("THANH.MTTQ").unitId()).as("a merged organisation stays where it was").isEqualTo(camThanh);
        assertThat(follow.history(org("THANH.UBND").id())).extracting(OrganisationSuccession::continuedInId)
                .as("the seed's people's committees: Cam Thanh's continues in Cam An's").containsExactly(org("AN.UBND").id());
        assertThat(follow.history(org("THANH.MTTQ").id())).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(OrganisationSuccession.Kind.MERGED);
            assertThat(s.continuedInId()).isEqualTo(org("AN.MTTQ").id());
            assertThat(s.effectiveOn()).isEqualTo(MAP_2020);
            assertThat(s.legalBasis()).isEqualTo(NQ_832);
            assertThat(s.toUnitId()).isEqualTo(thanhAn);
        });
        assertThat(follow.history(org("AN.HND").id())).extracting(OrganisationSuccession::kind, OrganisationSuccession::fromUnitId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OrganisationSuccession.Kind.CONTINUED, camAn));
        assertThat(org("THANH.HND.TN").parentId()).as("the merged association's branch re-parented")
                .isEqualTo(org("AN.HND").id());
        assertThat(org("THANH.HND.TN").unitId()).isEqualTo(village);
        assertThat(values.baseline(figure, 2019)).as("its figures of 2019 stay its own").contains(new BigDecimal("7"));
        assertThat(jdbc.sql("select entity_type || ' ' || entity_id from audit_event where id > :last order by id")
                .param("last", audited).query(String.class).list())
                .as("2 units ended, the succession, 4 organisations moved (the seed's people's committee of Cam An too), "
                        + "1 re-parented, and the organisations' succession")
                .containsExactly("administrative_unit " + camAn, "administrative_unit " + camThanh,
                        "unit_succession 19603", "partner_organisation " + org("AN.UBND").id(),
                        "partner_organisation " + org("AN.MTTQ").id(), "partner_organisation " + org("AN.HND").id(),
                        "partner_organisation " + org("THANH.HND.TN").id(), "partner_organisation " + org("THANH.HPN").id(),
                        "organisation_succession " + thanhAn);
        assertThat(jdbc.sql("select new_value from audit_event where entity_type = 'organisation_succession'")
                .query(String.class).single()).contains(NQ_832, "THANH.MTTQ", "MERGED", "THANH.HND.TN");
    }

    /** An organisation ended by the merge is no longer offered where one is chosen, unless an entry names it. */
    @Test
    @Order(2)
    void anOrganisationEndedByTheMergeIsNoLongerOffered() throws Exception {
        assertThat(partners.goingOn()).extracting(PartnerOrganisation::code).contains("AN.MTTQ", "THANH.HPN")
                .doesNotContain("THANH.MTTQ", "THANH.HND", "THANH.UBND");
        assertThat(partners.all()).extracting(PartnerOrganisation::code).contains("THANH.MTTQ");
    }

    @Test
    @Order(3)
    void todaysListAndThe2025MergesBringThemIntoXaHieuGiang() throws Exception {
        organisation(unit("QT.CL.HIEU"), "CL.MTTQ", OrganisationKind.FATHERLAND_FRONT, "HIEU.MTTQ", "Ủy ban MTTQ xã Cam Hiếu");
        organisation(unit("QT.CL.HIEU"), "CL.HND", OrganisationKind.FARMERS_ASSOCIATION, "HIEU.HND", "Hội Nông dân xã Cam Hiếu");
        organisation(unit("QT.CL.HIEU"), "HIEU.HND", OrganisationKind.FARMERS_ASSOCIATION, "HIEU.HND.CH", "Chi hội Nông dân xã Cam Hiếu");
        organisation(unit("QT.CL.THUY"), null, OrganisationKind.OTHER, "THUY.HTX", "Hợp tác xã Cam Thủy");

        importList("units-2025-07.csv", REFORM);
        long hieuGiang = units.bearing("19603", TODAY_MAP).orElseThrow().id();
        assertThat(org("AN.MTTQ").unitId()).as("Thanh An goes on as Xã Hiếu Giang (the list): so do its organisations")
                .isEqualTo(hieuGiang);
        successions.record(new SuccessionDraft(List.of(unit("QT.CL.THANHX"), unit("QT.CL.CHINH"), unit("QT.CL.NGHIA")),
                units.bearing("19597", TODAY_MAP).orElseThrow().id(), REFORM, SuccessionKind.MERGED, NQ_1680));
        successions.record(new SuccessionDraft(List.of(unit("QT.CL.THUY"), unit("QT.CL.HIEU"), unit("QT.CL.TUYEN")),
                hieuGiang, REFORM, SuccessionKind.MERGED, NQ_1680));

        assertThat(List.of(org("AN.MTTQ"), org("AN.HND"), org("THANH.HPN"), org("THUY.HTX"), org("HIEU.HND.CH")))
                .extracting(PartnerOrganisation::unitId).containsOnly(hieuGiang);
        assertThat(follow.history(org("AN.MTTQ").id())).extracting(OrganisationSuccession::legalBasis)
                .containsExactly(NQ_832, null);
        assertThat(follow.history(org("HIEU.MTTQ").id())).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(OrganisationSuccession.Kind.MERGED);
            assertThat(s.continuedInId()).isEqualTo(org("AN.MTTQ").id());
            assertThat(s.legalBasis()).isEqualTo(NQ_1680);
        });
        assertThat(org("HIEU.MTTQ").unitId()).isEqualTo(unit("QT.CL.HIEU"));
        assertThat(org("HIEU.HND.CH").parentId()).isEqualTo(org("AN.HND").id());
        assertThat(partners.branches(org("AN.HND").id())).extracting(PartnerOrganisation::code)
                .containsExactly("THANH.HND.TN", "HIEU.HND.CH");
        assertThat(follow.follow(hieuGiang, REFORM)).as("following again changes nothing").isEmpty();
        assertThat(follow.followAll(REFORM)).isEmpty();

        String page = mvc.perform(get("/admin/organisations")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đã hợp nhất vào Ủy ban MTTQ xã Cam An từ ngày 01/07/2025 theo đơn vị kế thừa ("
                + NQ_1680 + ")", "Đã hợp nhất vào Hội Nông dân xã Cam An từ ngày 01/01/2020");
        String english = mvc.perform(get("/admin/organisations").param("lang", "en")).andReturn().getResponse()
                .getContentAsString();
        assertThat(english).contains("Merged into Ủy ban MTTQ xã Cam An from 01/07/2025");
    }

    /** Cam An's 3 households of 2019 (1 poor) and Cam Hiếu's 2 (none poor) in the registry; the others as entered. */
    @Test
    @Order(4)
    void theRegistrysHouseholdsOfCamAnCountInXaHieuGiangAsOf2026WithoutMoving() throws Exception {
        long camAn = unit("QT.CL.AN");
        long camHieu = unit("QT.CL.HIEU");
        List<Long> registered = new ArrayList<>();
        registered.add(household(camAn, "AN-1", Classification.POOR, PoorCategory.CAN_EXIT));
        registered.add(household(camAn, "AN-2", Classification.NOT_POOR, null));
        registered.add(household(camAn, "AN-3", Classification.NEAR_POOR, null));
        registered.add(household(camHieu, "HIEU-1", Classification.NOT_POOR, null));
        registered.add(household(camHieu, "HIEU-2", Classification.NEAR_POOR, null));

        RegistryTableAsOf table = registryTables.asOf(seed(), "bieu-2", ALL, TODAY_MAP, null).orElseThrow();

        ComputedTable entered = table.registry().entered();
        long hieuEntered = value(entered.rowOfUnit(camHieu).orElseThrow(), "1");
        long hieuPoorEntered = value(entered.rowOfUnit(camHieu).orElseThrow(), "2");
        assertThat(List.of(hieuEntered, hieuPoorEntered)).as("Cam Hiếu's 2019 figures as entered").containsExactly(1747L, 85L);
        ComputedTable asOf = table.asOf().table();
        assertThat(asOf.rows()).extracting(ComputedRow::label).containsExactly("Xã Cam Lộ", "Xã Hiếu Giang");
        ComputedRow hieuGiang = asOf.rows().get(1);
        assertThat(value(hieuGiang, "1")).as("7.236 entered, less Cam An's 1.779 and Cam Hiếu's 1.747, plus 3 + 2")
                .isEqualTo(3715);
        assertThat(value(hieuGiang, "2")).as("411 less 79 and 85, plus Cam An's 1").isEqualTo(248);
        assertThat(asOf.column("3").orElseThrow().shown(hieuGiang.value("3"))).as("248 of 3.715, computed again")
                .isEqualByComparingTo("6.68");
        assertThat(value(asOf.rows().get(0), "1")).as("Xã Cam Lộ as entered").isEqualTo(7417);
        assertThat(value(asOf.total(), "1")).isEqualTo(11132);
        assertThat(table.heldFromRegistry(hieuGiang.unitId())).isEqualTo(2);
        assertThat(jdbc.sql("select unit_id from household where id in (:ids) order by id").param("ids", registered)
                .query(Long.class).list()).as("no household record moved").containsExactly(camAn, camAn, camAn, camHieu, camHieu);

        RegistryTableAsOf bieu3 = registryTables.asOf(seed(), "bieu-3", ALL, TODAY_MAP, null).orElseThrow();
        assertThat(bieu3.asOf().table().rows()).extracting(ComputedRow::label).containsExactly("Xã Cam Lộ", "Xã Hiếu Giang");

        String json = mvc.perform(get("/api/v1/programmes/{id}/tables/bieu-2", seed()).param("source", "registry")
                .param("asOf", "2026-01-01")).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(json, "$.rows[*].unit")).containsExactly("Xã Cam Lộ", "Xã Hiếu Giang");
        assertThat(JsonPath.<List<String>>read(json, "$.rows[*].source")).containsExactly("entered", "mixed");
        assertThat(JsonPath.<List<String>>read(json, "$.rows[1].predecessors[?(@.name == 'Cam An')].source"))
                .containsExactly("registry");
        assertThat(JsonPath.<Integer>read(json, "$.rows[1].values.1")).isEqualTo(3715);
        assertThat(JsonPath.<String>read(json, "$.asOf")).isEqualTo("2026-01-01");
        assertThat(JsonPath.<Double>read(json, "$.rows[1].values.3")).isEqualTo(6.68);

        String page = mvc.perform(get("/programmes/{id}/registry", seed()).param("asOf", "2026-01-01")).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("id=\"as-of-form\"", "id=\"registry-as-of-bieu-2\"", "Xã Hiếu Giang", "Cam An (theo sổ hộ)",
                "3.715", "value=\"2026-01-01\"");
        String english = mvc.perform(get("/programmes/{id}/registry", seed()).param("asOf", "2026-01-01")
                .param("lang", "en")).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Hiếu Giang Commune", "Cam An (registry)", "Under the administrative units in force on");
        var wrong = mvc.perform(get("/programmes/{id}/registry", seed()).param("asOf", "2026-13-01")).andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString()).contains("id=\"asOf-problem\"", "Ngày không hợp lệ")
                .doesNotContain("registry-as-of-bieu-2");

    }

    private long household(long unitId, String code, Classification classification, PoorCategory category) {
        Household h = registry.register(new Household(null, unitId, code, "Thôn Một", "Chủ hộ " + code, null, "Kinh", null,
                Area.RURAL, List.of(new Member("Chủ hộ " + code, Sex.F, LocalDate.of(1975, 3, 1), "Chủ hộ", null, false, true,
                        null, null))), ALL);
        registry.setStatus(h.id(), new HouseholdStatus(2019, classification, category, null, null), ALL);
        return h.id();
    }

    private static long value(ComputedRow row, String column) {
        Fraction value = row.value(column);
        return value.round(0).longValueExact();
    }

    private void organisation(long unitId, String parentCode, OrganisationKind kind, String code, String name) {
        Long parent = parentCode == null ? null : org(parentCode).id();
        partners.create(new OrganisationDraft(unitId, parent, kind, code, name, code));
    }

    private PartnerOrganisation org(String code) {
        return partners.byCode(code).orElseThrow();
    }

    private long unit(String code) {
        return units.byCode(code).orElseThrow().id();
    }

    private long auditRows() {
        return jdbc.sql("select max(id) from audit_event").query(Long.class).single();
    }

    private long seed() {
        return programmes.all().stream().filter(p -> p.programmeYear() == 2019).findFirst().orElseThrow().id();
    }

    private void importList(String name, LocalDate effective) throws Exception {
        var result = imports.importList(name, Files.readAllBytes(UNITS.resolve(name)), effective, false,
                Locale.forLanguageTag("vi"));
        assertThat(result.errors()).isEmpty();
    }
}
