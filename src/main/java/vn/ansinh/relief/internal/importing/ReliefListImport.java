package vn.ansinh.relief.internal.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ansinh.relief.AffectedHousehold;
import vn.ansinh.relief.AffectedHouseholdDraft;
import vn.ansinh.relief.DamageKind;
import vn.ansinh.relief.ReliefDraft;
import vn.ansinh.relief.ReliefEvent;
import vn.ansinh.relief.ReliefGiven;
import vn.ansinh.relief.ReliefImportResult.Line;
import vn.ansinh.relief.ReliefListProblem;
import vn.ansinh.relief.internal.RegistryCodes;
import vn.ansinh.relief.internal.ReliefRules;
import vn.ansinh.relief.internal.ReliefStore;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.lists.FileRefused;
import vn.ansinh.shared.lists.ListFiles;
import vn.ansinh.units.CommuneNames;
import vn.ansinh.units.UnitNameMatcher;
import vn.ansinh.units.Units;

/**
 * Checks a list of an event's affected households (CSV or XLSX, one row per household, with the relief given to it)
 * by the page forms' rules, row by row: a commune the event hit and the user writes, the damage among the kinds, the
 * relief's day from the event to today. A household (commune, head, village) twice in the list, or already recorded
 * for the event, is an error, so a list imported again adds nothing twice.
 */
@Component
public class ReliefListImport {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** «12.5» as Excel shows a number: the decimal comma meant; a dot before three digits groups thousands. */
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d+\\.\\d{1,2}");

    private final Units units;
    private final ReliefStore store;
    private final RegistryCodes registry;
    private final MessageSource messages;
    private final Clock clock;

    ReliefListImport(Units units, ReliefStore store, RegistryCodes registry, MessageSource messages, Clock clock) {
        this.units = units;
        this.store = store;
        this.registry = registry;
        this.messages = messages;
        this.clock = clock;
    }

    /** The lines a list adds (ids 0, the relief's household 0), when all of it is right; else every error found. */
    public record Checked(List<Line> lines, List<ReliefListProblem> errors, List<ReliefListProblem> notices) {
    }

    public Checked check(ReliefEvent event, byte[] content, AccessScope scope) {
        ReliefListReader reader = new ReliefListReader();
        List<ReliefListReader.Row> rows;
        try (ListFiles.Rows file = ListFiles.open(content)) {
            rows = reader.read(file);
        } catch (FileRefused e) {
            return new Checked(List.of(), List.of(new ReliefListProblem(e.sheet(), e.row(), e.column(), "", e.code(),
                    e.arguments())), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Rows checks = new Rows(reader, event, scope);
        List<Line> lines = new ArrayList<>();
        rows.forEach(row -> checks.check(row).ifPresent(lines::add));
        reader.finish();
        return new Checked(reader.problems().isEmpty() ? lines : List.of(), reader.problems(), reader.notices());
    }

    /** The checks of one list's rows: the event, the damage kinds and the households seen so far. */
    private final class Rows {

        private final ReliefListReader reader;
        private final ReliefEvent event;
        private final AccessScope scope;
        private final CommuneNames communes;
        private final LocalDate today = LocalDate.now(clock);
        private final Map<String, DamageKind> damages = new HashMap<>();
        private final Map<String, Integer> seen = new HashMap<>();
        private final Map<Long, List<String>> recorded = new HashMap<>();

        Rows(ReliefListReader reader, ReliefEvent event, AccessScope scope) {
            this.reader = reader;
            this.event = event;
            this.scope = scope;
            this.communes = new CommuneNames(units.all(), scope::canRead);
            for (DamageKind d : DamageKind.values()) {
                damages.put(fold(d.name()), d);
                damages.put(fold(messages.getMessage("relief.damage." + d, null, VIETNAMESE)), d);
            }
        }

        Optional<Line> check(ReliefListReader.Row row) {
            Long unit = commune(row);
            DamageKind damage = damage(row);
            ReliefRules rules = new ReliefRules(today);
            Optional<AffectedHousehold> household = rules.check(event, new AffectedHouseholdDraft(unit,
                    row.cell(ReliefColumn.HEAD), row.cell(ReliefColumn.VILLAGE), row.cell(ReliefColumn.HOUSEHOLD_CODE),
                    damage, row.cell(ReliefColumn.PEOPLE), row.cell(ReliefColumn.VALUE)), u -> unit != null,
                    (u, code) -> registry.find(u, code, event.struckOn().getYear(), scope));
            Optional<ReliefGiven> given = row.givesRelief() ? rules.check(event, relief(row), id -> household)
                    : Optional.empty();
            rules.problems().byField().forEach((field, p) -> ReliefColumn.ofField(field)
                    .filter(c -> c != ReliefColumn.COMMUNE && !(c == ReliefColumn.DAMAGE && damage == null
                            && !row.cell(c).isEmpty()))
                    .ifPresent(c -> reader.problem(row, c, p.key(), p.arguments().toArray())));
            if (unit == null || !rules.problems().isEmpty() || !once(row, household.get())) {
                return Optional.empty();
            }
            return Optional.of(new Line(row.number(), household.get(), given.orElse(null)));
        }

        private ReliefDraft relief(ReliefListReader.Row row) {
            return new ReliefDraft(0L, row.cell(ReliefColumn.GIVER), row.cell(ReliefColumn.GIVEN_ON),
                    decimalComma(row.cell(ReliefColumn.RICE)), row.cell(ReliefColumn.MONEY), row.cell(ReliefColumn.GOODS));
        }

        /** The commune named, when the event hit it and the user writes it. */
        private Long commune(ReliefListReader.Row row) {
            String text = row.cell(ReliefColumn.COMMUNE);
            if (text.isEmpty()) {
                reader.problem(row, ReliefColumn.COMMUNE, "catalogue.required");
                return null;
            }
            UnitNameMatcher.Match match = communes.find(text);
            if (!match.found() || !event.hit(match.unit().id()) || !scope.canWrite(match.unit().id())) {
                reader.problem(row, ReliefColumn.COMMUNE, !match.found() ? "reliefList.commune.unknown"
                        : event.hit(match.unit().id()) ? "reliefList.commune.notYours" : "reliefList.commune.notHit",
                        text);
                return null;
            }
            return match.unit().id();
        }

        private DamageKind damage(ReliefListReader.Row row) {
            String text = row.cell(ReliefColumn.DAMAGE);
            DamageKind damage = damages.get(fold(text));
            if (damage == null && !text.isEmpty()) {
                reader.problem(row, ReliefColumn.DAMAGE, "reliefList.damage.unknown", text);
            }
            return damage;
        }

        /** The household not given before in the list nor recorded for the event. */
        private boolean once(ReliefListReader.Row row, AffectedHousehold h) {
            String key = key(h);
            Integer first = seen.putIfAbsent(key, row.number());
            if (first != null) {
                reader.problem(row, ReliefColumn.HEAD, "reliefList.household.twice", first);
                return false;
            }
            if (recorded.computeIfAbsent(h.unitId(), u -> store.households(List.of(event.id()), List.of(u)).stream()
                    .map(Rows::key).toList()).contains(key)) {
                reader.problem(row, ReliefColumn.HEAD, "reliefList.household.recorded", h.headName());
                return false;
            }
            return true;
        }

        private static String key(AffectedHousehold h) {
            return h.unitId() + "|" + fold(h.headName()) + "|" + fold(h.village());
        }
    }

    static String decimalComma(String text) {
        return DECIMAL_POINT.matcher(text).matches() ? text.replace('.', ',') : text;
    }

    static String fold(String text) {
        return text.strip().toLowerCase(VIETNAMESE);
    }
}
