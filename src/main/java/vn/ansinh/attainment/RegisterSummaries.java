package vn.ansinh.attainment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.ansinh.allowances.AllowanceScheme;
import vn.ansinh.attainment.internal.ProgrammeCommunes;
import vn.ansinh.allowances.Grants;
import vn.ansinh.allowances.Register;
import vn.ansinh.gratitude.GratitudeFund;
import vn.ansinh.outreach.Outreach;
import vn.ansinh.outreach.OutreachFigures;
import vn.ansinh.programme.Programme;
import vn.ansinh.relief.Relief;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.socialevils.SocialEvils;

/**
 * Sums the registers of domains 1 and 4, and the trainings and sessions, over communes and days, for a commune's periodic report (from the year's
 * start to the period's end) and the dashboard (the programme's communes the reader reads, the year so far).
 */
@Component
public class RegisterSummaries {

    private final GratitudeFund gratitude;
    private final Relief relief;
    private final Grants grants;
    private final SocialEvils socialEvils;
    private final ProgrammeCommunes communes;
    private final AttainmentProperties properties;
    private final Outreach outreach;

    RegisterSummaries(GratitudeFund gratitude, Relief relief, Grants grants, SocialEvils socialEvils,
            ProgrammeCommunes communes, AttainmentProperties properties, Outreach outreach) {
        this.outreach = outreach;
        this.communes = communes;
        this.properties = properties;
        this.gratitude = gratitude;
        this.relief = relief;
        this.grants = grants;
        this.socialEvils = socialEvils;
    }

    /**
     * The register figures a commune's report is filled with, by indicator code, from the year's start to the day:
     * empty for an indicator no register gives, or when the commune's registers hold nothing that year (a commune that
     * keeps them elsewhere is not said to have none). The registers are read once, when a figure is first asked for.
     */
    public Function<String, Optional<BigDecimal>> figures(long communeId, LocalDate to) {
        Map<Boolean, RegisterSummary> read = new HashMap<>(1);
        return code -> {
            RegisterFigure figure = properties.figures().get(code);
            if (figure == null) {
                return Optional.empty();
            }
            RegisterSummary summary = read.computeIfAbsent(true,
                    k -> of(List.of(communeId), to.withDayOfYear(1), to, AccessScope.everything()));
            return figure.knownIn(summary) ? Optional.of(figure.of(summary)) : Optional.empty();
        };
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
                socialEvils.figures(read, YearMonth.from(from), last), outreach.figures(read, from, to).values().stream()
                        .reduce(OutreachFigures.NONE, OutreachFigures::plus));
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
