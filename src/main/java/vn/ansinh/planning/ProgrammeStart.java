package vn.ansinh.planning;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.annex.AnnexRow;
import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.LayoutChanges;
import vn.ansinh.planning.internal.StartUnits;
import vn.ansinh.programme.DocumentReference;
import vn.ansinh.programme.NewProgramme;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.ProgrammeText;
import vn.ansinh.programme.Programmes;
import vn.ansinh.programme.Signatory;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.YearText;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.Units;

/**
 * Starting a programme for any unit and year, now that a commune's office or a province's departments run
 * one: from the template — the seed's structure, with the unit's children as rows — or from the latest
 * programme of the unit's predecessors (or of a programme covering them), its rows followed through succession.
 * A draft, as next year's is. For the coordinating office only: callers check that the user is an administrator.
 */
@Service
public class ProgrammeStart {

    private static final AccessScope OFFICE = AccessScope.everything();
    /** Biểu 1's heading of the rows in the seed: a district's communes and townships. */
    private static final String SEED_ROW_HEADING = "Xã, thị trấn";

    private final Programmes programmes;
    private final AnnexTables tables;
    private final StartUnits startUnits;
    private final Units units;
    private final ApplicationEventPublisher events;

    ProgrammeStart(Programmes programmes, AnnexTables tables, StartUnits startUnits, Units units,
            ApplicationEventPublisher events) {
        this.programmes = programmes;
        this.tables = tables;
        this.startUnits = startUnits;
        this.units = units;
        this.events = events;
    }

    /** @throws ProgrammeStartException when the unit is unknown, has a programme that year or nothing to start from */
    @Transactional
    public Programme start(long unitId, int year, StartWay way) {
        AdministrativeUnit unit = units.byId(unitId)
                .orElseThrow(() -> new ProgrammeStartException("unitId", "programmeStart.unknownUnit"));
        if (programmes.ofYear(unitId, year, OFFICE).isPresent()) {
            throw new ProgrammeStartException("year", "programmeStart.exists", year);
        }
        if (way == StartWay.TEMPLATE && startUnits.childRows(unitId, year).isEmpty()) {
            // A programme whose tables have no row serves no one: the villages come first.
            throw new ProgrammeStartException("unitId", "programmeStart.noRows", unit.name());
        }
        Programme source = way == StartWay.TEMPLATE ? template() : predecessorsLatest(unit);
        UnaryOperator<List<AnnexRow>> rows = way == StartWay.TEMPLATE
                ? former -> startUnits.childRows(unitId, year)
                : former -> startUnits.mappedRows(former, unitId, year);
        ProgrammeText text = programmes.text(source.id(), OFFICE).orElseThrow();
        Programme created = programmes.createDraft(draft(text, unitId, year));
        int copied = tables.copyLayouts(source.id(), source.programmeYear(), created.id(), year,
                new LayoutChanges(rows, startUnits.organisationsFor(unitId), rowHeading(unit.kind())));
        events.publishEvent(new ProgrammeCreated(created.id(), unitId, new ProgrammeCreated.Created(
                year, source.id(), source.programmeYear(), created.title(), copied, 0)));
        return created;
    }

    /** The heading of the rows' names, as the seed prints it, said of this unit's rows. */
    private static Map<String, String> rowHeading(UnitKind kind) {
        return switch (kind) {
            case COMMUNE, WARD, TOWNSHIP, SPECIAL_ZONE -> Map.of(SEED_ROW_HEADING, "Thôn, tổ dân phố");
            case PROVINCE, CENTRAL_CITY -> Map.of(SEED_ROW_HEADING, "Xã, phường");
            default -> Map.of();
        };
    }

    /** The programme ansinh began with (the seed): the first one made. */
    private Programme template() {
        return programmes.all().stream().min(Comparator.comparing(Programme::id))
                .orElseThrow(() -> new ProgrammeStartException("way", "programmeStart.noTemplate"));
    }

    /**
     * The newest programme of a predecessor; failing that, the newest within one (an old province's district's);
     * failing that, the newest covering one (an old commune's district's).
     */
    private Programme predecessorsLatest(AdministrativeUnit unit) {
        Set<Long> ids = startUnits.predecessors(unit.id()).stream().map(AdministrativeUnit::id).collect(Collectors.toSet());
        Set<Long> within = new HashSet<>();
        ids.forEach(id -> within.addAll(units.withDescendants(id)));
        List<Programme> all = programmes.all();
        return newest(all, p -> ids.contains(p.coordinatingUnitId()))
                .or(() -> newest(all, p -> within.contains(p.coordinatingUnitId())))
                .or(() -> newest(all, p -> units.withDescendants(p.coordinatingUnitId()).stream().anyMatch(ids::contains)))
                .orElseThrow(() -> new ProgrammeStartException("way", "programmeStart.noPredecessorProgramme", unit.name()));
    }

    /** Programmes come newest year first. */
    private static Optional<Programme> newest(List<Programme> all, Predicate<Programme> which) {
        return all.stream().filter(which).findFirst();
    }

    private NewProgramme draft(ProgrammeText text, long unitId, int year) {
        Programme from = text.programme();
        DocumentReference document = from.document();
        List<Signatory> signatories = startUnits.organisationsOf(unitId).stream()
                .map(o -> new Signatory(o.id(), o.name().toUpperCase(java.util.Locale.forLanguageTag("vi")))).toList();
        return new NewProgramme(unitId, year, new DocumentReference(null, document.symbol(), null, document.month(), year),
                YearText.replace(from.title(), from.programmeYear(), year), YearText.replace(from.preamble(),
                        from.programmeYear(), year), text.sections(), from.closing(), from.distributionHeading(),
                text.recipients(), from.signatureHeading(), signatories, from.sourceName());
    }
}
