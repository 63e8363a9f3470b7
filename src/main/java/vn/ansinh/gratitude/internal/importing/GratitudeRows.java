package vn.ansinh.gratitude.internal.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

import vn.ansinh.gratitude.Contribution;
import vn.ansinh.gratitude.ContributionDraft;
import vn.ansinh.gratitude.GratitudeHouse;
import vn.ansinh.gratitude.HouseDraft;
import vn.ansinh.gratitude.HouseKind;
import vn.ansinh.gratitude.internal.GratitudeRules;
import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.CommuneNames;
import vn.ansinh.units.UnitNameMatcher;

/**
 * The checks of one list's rows: each row's cells made the draft the page's form would send, checked by the same
 * rules; the commune, organisation and kind found by name first, each said on its own column when not found.
 */
final class GratitudeRows {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final GratitudeListReader reader;
    private final AccessScope scope;
    private final CommuneNames communes;
    private final List<PartnerOrganisation> organisations;
    private final LocalDate today;

    GratitudeRows(GratitudeListReader reader, AccessScope scope, List<AdministrativeUnit> units,
            List<PartnerOrganisation> organisations, LocalDate today) {
        this.reader = reader;
        this.scope = scope;
        this.communes = new CommuneNames(units, scope::canRead);
        this.organisations = organisations;
        this.today = today;
    }

    Optional<Contribution> contribution(GratitudeListReader.Row row) {
        Long unit = commune(row, GratitudeColumn.CONTRIBUTION_COMMUNE);
        Long organisation = unit == null ? null : organisation(row, unit);
        ContributionDraft draft = new ContributionDraft(unit, organisation, row.cell(GratitudeColumn.CONTRIBUTOR),
                GratitudeListImport.month(row.cell(GratitudeColumn.MONTH)), row.cell(GratitudeColumn.AMOUNT));
        GratitudeRules rules = rules(unit);
        Optional<Contribution> checked = rules.check(draft, (o, u) -> true);
        boolean organisationNamed = !row.cell(GratitudeColumn.ORGANISATION).isEmpty();
        said(row, rules.problems(), field -> "contributor".equals(field) && organisationNamed);
        return checked.filter(c -> !organisationNamed || organisation != null);
    }

    Optional<GratitudeHouse> house(GratitudeListReader.Row row, BiFunction<String, Long, Optional<Long>> household) {
        Long unit = commune(row, GratitudeColumn.HOUSE_COMMUNE);
        HouseKind kind = kind(row);
        HouseDraft draft = new HouseDraft(unit, kind, row.cell(GratitudeColumn.HEAD), row.cell(GratitudeColumn.VILLAGE),
                row.cell(GratitudeColumn.HOUSEHOLD_CODE), row.cell(GratitudeColumn.COST), row.cell(GratitudeColumn.SOURCE),
                row.cell(GratitudeColumn.HANDED_OVER));
        GratitudeRules rules = rules(unit);
        Optional<GratitudeHouse> checked = rules.check(draft, household);
        said(row, rules.problems(), field -> "kind".equals(field) && kind == null && !row.cell(GratitudeColumn.KIND).isEmpty()
                || "householdCode".equals(field) && unit == null);
        return checked;
    }

    /** The rules with the commune already found (and said when not): its problems are not said twice. */
    private GratitudeRules rules(Long unit) {
        return new GratitudeRules(u -> unit != null, today);
    }

    /** Each field's problem on its column, but the commune's and those already said by the lookups. */
    private void said(GratitudeListReader.Row row, FieldProblems problems,
            java.util.function.Predicate<String> alreadySaid) {
        problems.byField().forEach((field, p) -> {
            if (!"unitId".equals(field) && !alreadySaid.test(field)) {
                reader.problem(row, GratitudeColumn.ofField(row.table(), field), p.key(), p.arguments().toArray());
            }
        });
    }

    private Long commune(GratitudeListReader.Row row, GratitudeColumn column) {
        String text = row.cell(column);
        if (text.isEmpty()) {
            reader.problem(row, column, "catalogue.required");
            return null;
        }
        UnitNameMatcher.Match match = communes.find(text);
        if (!match.found() || !scope.canWrite(match.unit().id())) {
            reader.problem(row, column, match.found() ? "gratitude.import.commune.notYours"
                    : "grantList.commune.unknown", text);
            return null;
        }
        return match.unit().id();
    }

    /** The commune's partner organisation of that short name or code (any case); none named: none. */
    private Long organisation(GratitudeListReader.Row row, long unit) {
        String text = row.cell(GratitudeColumn.ORGANISATION);
        if (text.isEmpty()) {
            return null;
        }
        Optional<Long> found = organisations.stream().filter(o -> Objects.equals(o.unitId(), unit)
                && (text.equalsIgnoreCase(o.code()) || text.equalsIgnoreCase(o.shortName()))).map(PartnerOrganisation::id)
                .findFirst();
        if (found.isEmpty()) {
            reader.problem(row, GratitudeColumn.ORGANISATION, "gratitude.import.organisation.unknown", text);
        }
        return found.orElse(null);
    }

    private HouseKind kind(GratitudeListReader.Row row) {
        String text = row.cell(GratitudeColumn.KIND).strip().toLowerCase(VIETNAMESE);
        HouseKind kind = GratitudeTemplates.KINDS.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(VIETNAMESE).equals(text) || e.getValue().name().equalsIgnoreCase(text))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (kind == null && !text.isEmpty()) {
            reader.problem(row, GratitudeColumn.KIND, "gratitude.import.kind.unknown", row.cell(GratitudeColumn.KIND));
        }
        return kind;
    }
}
