package vn.ansinh.targets;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.SavedVersion;
import vn.ansinh.shared.StaleSaveException;
import vn.ansinh.targets.internal.IndicatorRepository;
import vn.ansinh.targets.internal.IndicatorRules;
import vn.ansinh.targets.internal.IndicatorVersions;

/** The catalogue of indicators, shared by every programme and year. */
@Service
@Transactional(readOnly = true)
public class Indicators {

    private final IndicatorRepository repository;
    private final IndicatorRules rules;
    private final ApplicationEventPublisher events;
    private final IndicatorVersions versions;
    private final Clock clock;

    Indicators(IndicatorRepository repository, IndicatorRules rules, ApplicationEventPublisher events,
            IndicatorVersions versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
        this.repository = repository;
        this.rules = rules;
        this.events = events;
    }

    public Optional<Indicator> byId(long id) {
        return repository.findById(id);
    }

    public List<Indicator> all() {
        return StreamSupport.stream(repository.findAll().spliterator(), false)
                .sorted(Comparator.comparing(Indicator::id)).toList();
    }

    public Optional<Indicator> byCode(String code) {
        return repository.findByCode(code);
    }

    public Map<Long, Indicator> byIds(Collection<Long> ids) {
        return StreamSupport.stream(repository.findAllById(ids).spliterator(), false)
                .collect(Collectors.toMap(Indicator::id, Function.identity()));
    }

    @Transactional
    public Indicator add(Indicator indicator) {
        return repository.save(indicator);
    }

    /** Creates an indicator, audited; refused with {@link InvalidIndicatorException} when the draft breaks a rule. */
    @Transactional
    public Indicator create(IndicatorDraft draft) {
        refuseIfInvalid(null, draft);
        Indicator created = repository.save(draft.toIndicator(null, draft.code()));
        events.publishEvent(new IndicatorChanged(AuditAction.CREATE, null, created));
        return created;
    }

    /** An indicator's version, who saved it last and when. */
    public SavedVersion version(long id) {
        return versions.of(id).orElseThrow(() -> new NoSuchElementException("indicator " + id));
    }

    /**
     * Changes an indicator's names, domain, measure, aggregation, part and whole — never its code,
     * which programme data files refer to — as read at its version, audited with the values before and
     * after; an unchanged indicator writes nothing. Refused as {@link #create} is, and as a save over a newer
     * one ({@link StaleSaveException}, naming who saved it and when).
     */
    @Transactional
    public Indicator update(long id, IndicatorDraft draft, String user) {
        Indicator before = repository.findById(id).orElseThrow(() -> new NoSuchElementException("indicator " + id));
        FieldProblems problems = new FieldProblems().required("version", draft.version()).addAll(rules.check(id, draft));
        if (!problems.isEmpty()) {
            throw new InvalidIndicatorException(problems);
        }
        if (versions.locked(id).orElseThrow() != draft.version().intValue()) {
            throw new StaleSaveException("indicator.conflict", version(id));
        }
        Indicator after = draft.toIndicator(id, before.code());
        if (after.equals(before)) {
            return before;
        }
        versions.saved(id, user, clock.instant());
        repository.save(after);
        events.publishEvent(new IndicatorChanged(AuditAction.UPDATE, before, after));
        return after;
    }

    private void refuseIfInvalid(Long id, IndicatorDraft draft) {
        FieldProblems problems = rules.check(id, draft);
        if (!problems.isEmpty()) {
            throw new InvalidIndicatorException(problems);
        }
    }
}
