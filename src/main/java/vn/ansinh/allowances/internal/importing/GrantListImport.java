package vn.ansinh.allowances.internal.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ansinh.allowances.BeneficiaryGroup;
import vn.ansinh.allowances.Grant;
import vn.ansinh.allowances.GrantDraft;
import vn.ansinh.allowances.GrantListProblem;
import vn.ansinh.allowances.internal.GrantRules;
import vn.ansinh.allowances.internal.GrantStore;
import vn.ansinh.allowances.internal.HouseholdLinks;
import vn.ansinh.allowances.internal.RegistryHouseholdLinks;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.lists.FileRefused;
import vn.ansinh.shared.lists.ListFiles;
import vn.ansinh.units.CommuneNames;
import vn.ansinh.units.UnitNameMatcher;
import vn.ansinh.units.Units;

/**
 * Checks a list of grants (CSV or XLSX, one row per grant) by the add form's rules, row by row, and against itself
 * and the registers: a grant (commune, name, birth date, group) given twice, or already in the register, is an
 * error, so a list imported again adds nothing twice. A commune the user may not write is an error on its row.
 */
@Component
public class GrantListImport {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Units units;
    private final GrantStore store;
    private final RegistryHouseholdLinks links;
    private final MessageSource messages;

    GrantListImport(Units units, GrantStore store, RegistryHouseholdLinks links, MessageSource messages) {
        this.units = units;
        this.store = store;
        this.links = links;
        this.messages = messages;
    }

    /** The grants a list adds, when all of it is right (errors empty); else every error found. */
    public record Checked(List<Grant> grants, List<GrantListProblem> errors, List<GrantListProblem> notices) {
    }

    public Checked check(byte[] content, AccessScope scope) {
        GrantListReader reader = new GrantListReader();
        List<GrantListReader.Row> rows;
        try (ListFiles.Rows file = ListFiles.open(content)) {
            rows = reader.read(file);
        } catch (FileRefused e) {
            return new Checked(List.of(), List.of(new GrantListProblem(e.sheet(), e.row(), e.column(), "", e.code(),
                    e.arguments())), List.of());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Grant> grants = new ArrayList<>();
        Rows checks = new Rows(reader, scope);
        rows.forEach(row -> checks.check(row).ifPresent(grants::add));
        reader.finish();
        return new Checked(reader.problems().isEmpty() ? grants : List.of(), reader.problems(), reader.notices());
    }

    /** The checks of one list's rows: the communes, groups and grants seen so far. */
    private final class Rows {

        private final GrantListReader reader;
        private final AccessScope scope;
        private final CommuneNames communes;
        private final HouseholdLinks households;
        private final Map<String, BeneficiaryGroup> groups = new HashMap<>();
        private final Map<String, Integer> seen = new HashMap<>();
        private final Map<Long, List<String>> registered = new HashMap<>();

        Rows(GrantListReader reader, AccessScope scope) {
            this.reader = reader;
            this.scope = scope;
            this.communes = new CommuneNames(units.all(), scope::canRead);
            this.households = links.of(scope);
            for (BeneficiaryGroup g : BeneficiaryGroup.values()) {
                groups.put(fold(g.name()), g);
                groups.put(fold(messages.getMessage("grant.group." + g, null, VIETNAMESE)), g);
            }
        }

        Optional<Grant> check(GrantListReader.Row row) {
            Long unit = commune(row);
            BeneficiaryGroup group = group(row);
            GrantDraft draft = new GrantDraft(unit, group, row.cell(GrantColumn.NAME), row.cell(GrantColumn.BIRTH_DATE),
                    row.cell(GrantColumn.DECISION), GrantCells.coefficient(row.cell(GrantColumn.COEFFICIENT)),
                    GrantCells.month(row.cell(GrantColumn.FIRST_MONTH)), GrantCells.month(row.cell(GrantColumn.LAST_MONTH)),
                    row.cell(GrantColumn.HOUSEHOLD_CODE), row.cell(GrantColumn.CITIZEN_ID));
            GrantRules rules = new GrantRules();
            Optional<Grant> grant = rules.check(draft, u -> unit != null, households);
            rules.problems().byField().forEach((field, p) -> {
                if (!"unitId".equals(field) && !("group".equals(field) && !row.cell(GrantColumn.GROUP).isEmpty())) {
                    reader.problem(row, GrantColumn.ofField(field), p.key(), p.arguments().toArray());
                }
            });
            return grant.filter(g -> unit != null && group != null && once(row, g));
        }

        private Long commune(GrantListReader.Row row) {
            String text = row.cell(GrantColumn.COMMUNE);
            if (text.isEmpty()) {
                reader.problem(row, GrantColumn.COMMUNE, "catalogue.required");
                return null;
            }
            UnitNameMatcher.Match match = communes.find(text);
            if (!match.found() || !scope.canWrite(match.unit().id())) {
                reader.problem(row, GrantColumn.COMMUNE, match.found() ? "grantList.commune.notYours"
                        : "grantList.commune.unknown", text);
                return null;
            }
            return match.unit().id();
        }

        private BeneficiaryGroup group(GrantListReader.Row row) {
            String text = row.cell(GrantColumn.GROUP);
            BeneficiaryGroup group = groups.get(fold(text));
            if (group == null && !text.isEmpty()) {
                reader.problem(row, GrantColumn.GROUP, "grantList.group.unknown", text);
            }
            return group;
        }

        /** The grant not given before in the list nor in the register. */
        private boolean once(GrantListReader.Row row, Grant g) {
            String key = key(g);
            Integer first = seen.putIfAbsent(key, row.number());
            if (first != null) {
                reader.problem(row, GrantColumn.NAME, "grantList.grant.twice", first);
                return false;
            }
            if (registered.computeIfAbsent(g.unitId(), u -> store.ofUnit(u).stream().map(Rows::key).toList())
                    .contains(key)) {
                reader.problem(row, GrantColumn.NAME, "grantList.grant.registered", g.fullName());
                return false;
            }
            return true;
        }

        private static String key(Grant g) {
            return g.unitId() + "|" + fold(g.fullName()) + "|" + g.birthDate() + "|" + g.group();
        }

        private static String fold(String text) {
            return text.strip().toLowerCase(VIETNAMESE);
        }
    }
}
