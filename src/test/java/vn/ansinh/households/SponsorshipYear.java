package vn.ansinh.households;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.partners.Partners;
import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.units.Units;

/**
 * What the sponsorship tests start from: the seed as a programme of their year, Cam An, its partner
 * organisations, and Cam An's households registered with their status of that year. created says whether
 * the programme was imported by this call, so a test registers its households once.
 */
final class SponsorshipYear {

    private final HouseholdRegistry registry;
    private final Partners partners;
    private final int year;
    private final long programme;
    private final boolean created;
    private final long camAn;

    SponsorshipYear(ApplicationContext beans, int year) {
        this.registry = beans.getBean(HouseholdRegistry.class);
        this.partners = beans.getBean(Partners.class);
        this.year = year;
        SeedOfYear seed = SeedOfYear.of(beans.getBean(JdbcClient.class), beans.getBean(ProgrammeImporter.class), year);
        this.programme = seed.programmeId();
        this.created = seed.created();
        this.camAn = beans.getBean(Units.class).byCode("QT.CL.AN").orElseThrow().id();
    }

    long programme() {
        return programme;
    }

    boolean created() {
        return created;
    }

    long camAn() {
        return camAn;
    }

    /** A partner organisation by its code ("CL.HND", the farmers' association). */
    long organisation(String code) {
        return partners.byCode(code).orElseThrow().id();
    }

    /** A household of Cam An whose head is its one member, with its status of the year. */
    Household register(String code, String head, Sex sex, LocalDate born, Classification classification,
            PoorCategory category) {
        Household h = registry.register(new Household(null, camAn, code, "Thôn Cam Phú", head, null, null, null,
                Area.RURAL, List.of(new Member(head, sex, born, "Chủ hộ", null, false, true, null, null))),
                AccessScope.everything());
        registry.setStatus(h.id(), new HouseholdStatus(year, classification, category, null, null), AccessScope.everything());
        return h;
    }
}
