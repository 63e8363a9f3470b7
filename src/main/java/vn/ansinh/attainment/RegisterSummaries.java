package vn.ansinh.attainment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;

import org.springframework.stereotype.Component;

import vn.ansinh.allowances.AllowanceScheme;
import vn.ansinh.attainment.internal.ProgrammeCommunes;
import vn.ansinh.allowances.Grants;
import vn.ansinh.allowances.Register;
import vn.ansinh.gratitude.GratitudeFund;
import vn.ansinh.programme.Programme;
import vn.ansinh.relief.Relief;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.socialevils.SocialEvils;

/**
 * Sums the registers of domains 1 and 4 over communes and days, for a commune's periodic report (from the year's
 * start to the period's end) and the dashboard (the programme's communes the reader reads, the year so far).
 */
@Component
public class RegisterSummaries {

    private final GratitudeFund gratitude;
    private final Relief relief;
    private final Grants grants;
    private final SocialEvils socialEvils;
    private final ProgrammeCommunes communes;

    RegisterSummaries(GratitudeFund gratitude, Relief relief, Grants grants, SocialEvils socialEvils,
            ProgrammeCommunes communes) {
        this.communes = communes;
        this.gratitude = gratitude;
        this.relief = relief;
        this.grants = grants;
        this.socialEvils = socialEvils;
    }

    /** The programme's communes the scope reads, from the year's start to the day (at the latest the year's end). */
    public RegisterSummary ofProgramme(Programme programme, LocalDate asOf, AccessScope scope) {
        LocalDate yearEnd = LocalDate.of(programme.programmeYear(), 12, 31);
        return of(communes.of(programme), LocalDate.of(programme.programmeYear(), 1, 1),
                asOf.isBefore(yearEnd) ? asOf : yearEnd, scope);
    }

    /** The communes the scope reads among those, from a day to a day. */
    public RegisterSummary of(Collection<Long> unitIds, LocalDate from, LocalDate to, AccessScope scope) {
        Collection<Long> read = unitIds.stream().filter(scope::canRead).toList();
        YearMonth last = YearMonth.from(to);
        return new RegisterSummary(from, to, gratitude.totals(read, from, to), gratitude.houses(read, from, to),
                relief.totals(read, from, to), relief.events(read, from, to), allowances(read, last, AllowanceScheme.MERIT,
                scope), allowances(read, last, AllowanceScheme.SOCIAL_ASSISTANCE, scope),
                socialEvils.figures(read, YearMonth.from(from), last));
    }

    private RegisterSummary.Allowances allowances(Collection<Long> units, YearMonth month, AllowanceScheme scheme,
            AccessScope scope) {
        long people = 0;
        BigDecimal amount = BigDecimal.ZERO;
        for (Long unit : units) {
            for (Register.Line line : grants.register(unit, month, scope).lines()) {
                if (line.grant().group().scheme() == scheme && line.monthly().signum() > 0) {
                    people++;
                    amount = amount.add(line.monthly());
                }
            }
        }
        return new RegisterSummary.Allowances(people, amount);
    }
}
