package vn.ansinh.programme;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.programme.internal.ProgrammeRepository;
import vn.ansinh.programme.internal.ProgrammeTextStore;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * Coordination programmes: creating them and reading them back. A scope reads a programme when it
 * reads the coordinating unit or any member unit: the text is signed by all of them, so every
 * party may read it whole; what each may see of the figures is up to the tables and the checks.
 */
@Service
@Transactional(readOnly = true)
public class Programmes {

    private final ProgrammeRepository repository;
    private final ProgrammeTextStore textStore;
    private final Clock clock;
    private final Units units;
    private final ApplicationEventPublisher events;

    Programmes(ProgrammeRepository repository, ProgrammeTextStore textStore, Clock clock, Units units,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.textStore = textStore;
        this.clock = clock;
        this.units = units;
        this.events = events;
    }

    /**
     * Every programme, newest year first, whoever may read it: only for the seed loader, which
     * must know whether the database holds any programme at all. Users get {@link #readable}.
     */
    public List<Programme> all() {
        return newestFirst(StreamSupport.stream(repository.findAll().spliterator(), false).toList());
    }

    /** The newest programme the scope reads that is published: the one the start page opens. */
    public Optional<Programme> current(AccessScope scope) {
        return readable(scope).stream().filter(Programme::published).findFirst();
    }

    /** The programmes the scope reads, newest year first (an administrator's include drafts). */
    public List<Programme> readable(AccessScope scope) {
        if (scope.unrestricted()) {
            return all();
        }
        if (scope.readableUnits().isEmpty()) {
            return List.of();
        }
        return newestFirst(repository.findByCoordinatingUnitIdIn(possibleCoordinators(scope)).stream()
                .filter(p -> canRead(p, scope)).toList());
    }

    /** Empty both when there is no such programme and when the scope may not read it, so ids do not leak. */
    public Optional<Programme> byId(long id, AccessScope scope) {
        return repository.findById(id).filter(p -> canRead(p, scope));
    }

    /** Whether the scope reads the coordinating unit and every member unit: the whole programme's figures. */
    public boolean readsWhole(Programme programme, AccessScope scope) {
        if (scope.unrestricted()) {
            return true;
        }
        return scope.canRead(programme.coordinatingUnitId()) && scope.canReadAll(memberIds(programme));
    }

    public boolean exists(long coordinatingUnitId, int year, String documentSymbol) {
        return repository.existsByCoordinatingUnitIdAndProgrammeYearAndDocumentSymbol(
                coordinatingUnitId, year, documentSymbol);
    }

    /** The coordinating unit's programme of a year, the first made where there are several; empty when the scope cannot read it. */
    public Optional<Programme> ofYear(long coordinatingUnitId, int year, AccessScope scope) {
        return repository.findByCoordinatingUnitIdAndProgrammeYearOrderById(coordinatingUnitId, year).stream()
                .filter(p -> canRead(p, scope)).findFirst();
    }

    /**
     * The programme of the year that covers a unit — coordinated by it or by a unit above it — the first
     * made where there are several: where a labour record of that unit and year belongs.
     */
    public Optional<Programme> covering(long unitId, int year) {
        return repository.findByProgrammeYearOrderById(year).stream()
                .filter(p -> units.withDescendants(p.coordinatingUnitId()).contains(unitId)).findFirst();
    }

    public Optional<ProgrammeText> text(long id, AccessScope scope) {
        return byId(id, scope).map(p -> new ProgrammeText(p, textStore.sections(id), textStore.recipients(id),
                textStore.signatories(id)));
    }

    /** A programme as a file gives it (the seed, an import): published, everyone's at once. */
    @Transactional
    public Programme create(NewProgramme draft) {
        return create(draft, true);
    }

    /** A programme the coordinating office prepares: seen by administrators only until {@link #publish}ed. */
    @Transactional
    public Programme createDraft(NewProgramme draft) {
        return create(draft, false);
    }

    /**
     * Makes a draft everyone's: from now on it is the newest published programme, the one the start page
     * opens. Publishing a published programme changes nothing.
     */
    @Transactional
    public Programme publish(long id) {
        Programme draft = repository.findById(id).orElseThrow(() -> new IllegalArgumentException("no programme " + id));
        if (draft.published()) {
            return draft;
        }
        Programme published = repository.save(withPublication(draft, clock.instant()));
        events.publishEvent(new ProgrammeChanged(id, draft.coordinatingUnitId(), "publication",
                new Publication(null), new Publication(published.publishedAt())));
        return published;
    }

    /** What the audit shows of a publication. */
    record Publication(Instant publishedAt) {
    }

    private Programme create(NewProgramme draft, boolean published) {
        DocumentReference document = draft.document();
        Instant now = clock.instant();
        Programme programme = repository.save(new Programme(null, draft.coordinatingUnitId(), draft.year(),
                document.number(), document.symbol(), document.day(), document.month(), document.year(),
                draft.title(), draft.preamble(), draft.closing(), draft.distributionHeading(),
                draft.signatureHeading(), draft.sourceName(), now, published ? now : null));
        textStore.save(programme.id(), draft);
        return programme;
    }

    private static Programme withPublication(Programme p, Instant at) {
        return new Programme(p.id(), p.coordinatingUnitId(), p.programmeYear(), p.documentNumber(), p.documentSymbol(),
                p.issuedDay(), p.issuedMonth(), p.issuedYear(), p.title(), p.preamble(), p.closing(),
                p.distributionHeading(), p.signatureHeading(), p.sourceName(), p.importedAt(), at);
    }

    /** A draft is the coordinating office's alone; a published programme its parties' too. */
    private boolean canRead(Programme programme, AccessScope scope) {
        if (scope.unrestricted()) {
            return true;
        }
        return programme.published() && (scope.canRead(programme.coordinatingUnitId())
                || memberIds(programme).stream().anyMatch(scope::canRead));
    }

    private List<Long> memberIds(Programme programme) {
        return units.members(programme.coordinatingUnitId(), programme.programmeYear()).stream()
                .map(AdministrativeUnit::id).toList();
    }

    /** Readable units and their parents: the only units that can coordinate a readable programme. */
    private Set<Long> possibleCoordinators(AccessScope scope) {
        Set<Long> coordinators = new HashSet<>(scope.readableUnits());
        units.byIds(scope.readableUnits()).values().stream().map(AdministrativeUnit::parentId)
                .filter(Objects::nonNull).forEach(coordinators::add);
        return coordinators;
    }

    private static List<Programme> newestFirst(List<Programme> programmes) {
        return programmes.stream()
                .sorted(Comparator.comparingInt(Programme::programmeYear).reversed().thenComparing(Programme::id))
                .toList();
    }
}
