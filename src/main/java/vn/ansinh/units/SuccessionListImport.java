package vn.ansinh.units;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.units.internal.OldMap;
import vn.ansinh.units.internal.SuccessionListReader;
import vn.ansinh.units.internal.SuccessionListStore;
import vn.ansinh.units.internal.SuccessionListStore.Recorded;
import vn.ansinh.units.internal.SuccessionResolver;
import vn.ansinh.units.internal.UnitListReader;

/**
 * Imports a succession list (the predecessors of each new unit in words, as the resolutions of 2025 word them) with
 * the day it took effect: each name is resolved among the units in force the day before, within the old provinces
 * the new province succeeded; a name that matches no unit or several is listed with its candidates for a person to
 * choose, and nothing is written until every name is decided. A predecessor named only in part is recorded as split,
 * several as merged, one whole as continued. The same list imported again changes nothing.
 */
@Service
public class SuccessionListImport {

    private final Units units;
    private final SuccessionListStore store;
    private final UnitSuccessions successions;
    private final UnitNames names;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    SuccessionListImport(Units units, SuccessionListStore store, UnitSuccessions successions, UnitNames names,
            MessageSource messages, ApplicationEventPublisher events) {
        this.units = units;
        this.store = store;
        this.successions = successions;
        this.names = names;
        this.messages = messages;
        this.events = events;
    }

    /** What to import: the file, the day, the legal basis (may be empty), a dry run or not, and the choices made. */
    public record Request(String file, byte[] content, LocalDate effective, String legalBasis, boolean dryRun,
            List<SuccessionChoice> choices) {

        public Request {
            choices = choices == null ? List.of() : List.copyOf(choices);
            legalBasis = legalBasis == null || legalBasis.isBlank() ? null : legalBasis.strip();
        }
    }

    @Transactional
    public SuccessionImportResult importList(Request request, Locale locale) {
        SuccessionListReader.Read read = SuccessionListReader.read(request.content());
        if (!read.problems().isEmpty()) {
            return result(request, 0, Map.of(), List.of(), read.problems(), null, locale);
        }
        List<AdministrativeUnit> all = units.all();
        OldMap map = new OldMap(all, request.effective());
        List<Recorded> recorded = store.all();
        SuccessionResolver.Plan plan = SuccessionResolver.plan(read.rows(), map, request.choices(), provinces(recorded, all));
        Map<Recorded, Recorded> links = links(plan, request, recorded);
        SuccessionImportResult result = result(request, plan.resolved().size(), links, plan.undecided(), plan.problems(),
                map, locale);
        if (result.written()) {
            write(links, map, request.effective());
            events.publishEvent(new SuccessionsImported(request.file(), request.effective(), request.legalBasis(),
                    result.events(), result.created(), result.changed(), result.unchanged(), plan.chosen()));
        }
        return result;
    }

    /** The old provinces already recorded before each new province. */
    private static Map<Long, List<Long>> provinces(List<Recorded> recorded, List<AdministrativeUnit> all) {
        Map<Long, AdministrativeUnit> byId = new HashMap<>();
        all.forEach(u -> byId.put(u.id(), u));
        Map<Long, List<Long>> provinces = new HashMap<>();
        recorded.stream().filter(r -> byId.containsKey(r.successorId()) && byId.get(r.successorId()).parentId() == null)
                .forEach(r -> provinces.computeIfAbsent(r.successorId(), k -> new java.util.ArrayList<>()).add(r.predecessorId()));
        return provinces;
    }

    /** Each link the list gives, with the one already recorded between the same units (or null). */
    private static Map<Recorded, Recorded> links(SuccessionResolver.Plan plan, Request request, List<Recorded> recorded) {
        Map<String, Recorded> existing = new HashMap<>();
        recorded.forEach(r -> existing.put(r.predecessorId() + ":" + r.successorId(), r));
        Map<Recorded, Recorded> links = new LinkedHashMap<>();
        for (SuccessionResolver.Resolved row : plan.resolved()) {
            Map<Long, Boolean> parts = new LinkedHashMap<>();
            // A province kept as it was («giữ nguyên») is the same unit before and after: no succession.
            row.links().stream().filter(l -> !l.predecessor().id().equals(row.successor().id()))
                    .forEach(l -> parts.merge(l.predecessor().id(), l.part(), Boolean::logicalAnd));
            parts.forEach((id, part) -> {
                String kind = (part ? SuccessionKind.SPLIT : parts.size() > 1 ? SuccessionKind.MERGED : SuccessionKind.CONTINUED).name();
                Recorded link = new Recorded(id, row.successor().id(), request.effective(), kind, request.legalBasis());
                links.put(link, existing.get(id + ":" + row.successor().id()));
            });
        }
        return links;
    }

    private void write(Map<Recorded, Recorded> links, OldMap map, LocalDate effective) {
        LocalDate lastDay = effective.minusDays(1);
        links.forEach((link, before) -> {
            if (before == null) {
                store.insert(link);
            } else if (!same(link, before)) {
                store.update(link);
            }
        });
        links.keySet().stream().map(Recorded::predecessorId).distinct()
                .forEach(id -> successions.endIfOpen(map.unit(id), lastDay));
    }

    private static boolean same(Recorded link, Recorded before) {
        return link.kind().equals(before.kind()) && link.effectiveOn().equals(before.effectiveOn())
                && (link.legalBasis() == null || link.legalBasis().equals(before.legalBasis()));
    }

    private SuccessionImportResult result(Request request, int events, Map<Recorded, Recorded> links,
            List<SuccessionResolver.Undecided> undecided, List<UnitListReader.Problem> problems, OldMap map,
            Locale locale) {
        int created = (int) links.values().stream().filter(java.util.Objects::isNull).count();
        int unchanged = (int) links.entrySet().stream().filter(e -> e.getValue() != null && same(e.getKey(), e.getValue())).count();
        return new SuccessionImportResult(request.file(), request.effective(), request.dryRun(), events, created,
                links.size() - created - unchanged, unchanged,
                undecided.stream().map(u -> new UndecidedPredecessor(u.row().line(), u.row().code(), u.words(),
                        u.candidates().stream().map(c -> candidate(c, map)).toList())).toList(),
                problems.stream().map(p -> new UnitImportProblem(p.line(), p.column(),
                        messages.getMessage(p.code(), p.arguments(), locale))).toList());
    }

    private PredecessorCandidate candidate(AdministrativeUnit unit, OldMap map) {
        String parent = map.parent(unit).map(this::fullName).orElse(null);
        return new PredecessorCandidate(unit.gsoCode() != null ? unit.gsoCode() : unit.code(), fullName(unit), parent);
    }

    private String fullName(AdministrativeUnit unit) {
        return org.springframework.util.StringUtils.capitalize(names.of(unit, Locale.forLanguageTag("vi")));
    }
}
