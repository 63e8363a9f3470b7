package vn.ansinh.programme;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.programme.internal.ProgrammeRepository;
import vn.ansinh.programme.internal.ProgrammeTextStore;

/** Coordination programmes: creating them and reading them back. */
@Service
@Transactional(readOnly = true)
public class Programmes {

    private final ProgrammeRepository repository;
    private final ProgrammeTextStore textStore;
    private final Clock clock;

    Programmes(ProgrammeRepository repository, ProgrammeTextStore textStore, Clock clock) {
        this.repository = repository;
        this.textStore = textStore;
        this.clock = clock;
    }

    /** Newest year first. */
    public List<Programme> all() {
        return StreamSupport.stream(repository.findAll().spliterator(), false)
                .sorted(Comparator.comparingInt(Programme::programmeYear).reversed().thenComparing(Programme::id))
                .toList();
    }

    public Optional<Programme> byId(long id) {
        return repository.findById(id);
    }

    public boolean exists(long coordinatingUnitId, int year, String documentSymbol) {
        return repository.existsByCoordinatingUnitIdAndProgrammeYearAndDocumentSymbol(
                coordinatingUnitId, year, documentSymbol);
    }

    public Optional<ProgrammeText> text(long id) {
        return byId(id).map(p -> new ProgrammeText(p, textStore.sections(id), textStore.recipients(id),
                textStore.signatories(id)));
    }

    @Transactional
    public Programme create(NewProgramme draft) {
        DocumentReference document = draft.document();
        Programme programme = repository.save(new Programme(null, draft.coordinatingUnitId(), draft.year(),
                document.number(), document.symbol(), document.day(), document.month(), document.year(),
                draft.title(), draft.preamble(), draft.closing(), draft.distributionHeading(),
                draft.signatureHeading(), draft.sourceName(), clock.instant()));
        textStore.save(programme.id(), draft);
        return programme;
    }
}
