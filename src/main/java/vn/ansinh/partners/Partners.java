package vn.ansinh.partners;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.partners.internal.OrganisationRepository;
import vn.ansinh.partners.internal.OrganisationRules;
import vn.ansinh.partners.internal.OrganisationSuccessionStore;
import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.FieldProblems;

/**
 * Partner organisations and their branches: reading them, adding and changing them (never
 * deleting: figures refer to them).
 */
@Service
@Transactional(readOnly = true)
public class Partners {

    private final OrganisationRepository repository;
    private final OrganisationRules rules;
    private final OrganisationSuccessionStore successions;
    private final ApplicationEventPublisher events;

    Partners(OrganisationRepository repository, OrganisationRules rules, OrganisationSuccessionStore successions,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.rules = rules;
        this.successions = successions;
        this.events = events;
    }

    public Optional<PartnerOrganisation> byId(long id) {
        return repository.findById(id);
    }

    public Optional<PartnerOrganisation> byCode(String code) {
        return repository.findByCode(code);
    }

    public Map<Long, PartnerOrganisation> byIds(Collection<Long> ids) {
        return StreamSupport.stream(repository.findAllById(ids).spliterator(), false)
                .collect(Collectors.toMap(PartnerOrganisation::id, Function.identity()));
    }

    public List<PartnerOrganisation> all() {
        return StreamSupport.stream(repository.findAll().spliterator(), false)
                .sorted(java.util.Comparator.comparing(PartnerOrganisation::id)).toList();
    }

    /**
     * The organisations that go on, to offer where one is chosen: an organisation ended by a merge into another
     * (Cam Thanh's Front into Cam An's, now Thanh An's) keeps its history but is no longer chosen for new work.
     */
    public List<PartnerOrganisation> goingOn() {
        Set<Long> ended = successions.merged().stream().map(OrganisationSuccession::organisationId)
                .collect(Collectors.toSet());
        return all().stream().filter(o -> !ended.contains(o.id())).toList();
    }

    public List<PartnerOrganisation> branches(long organisationId) {
        return repository.findByParentIdOrderById(organisationId);
    }

    /** The organisation and its branches at any depth. */
    public List<PartnerOrganisation> withBranches(long organisationId) {
        List<PartnerOrganisation> found = new java.util.ArrayList<>();
        repository.findById(organisationId).ifPresent(found::add);
        for (int i = 0; i < found.size(); i++) {
            found.addAll(branches(found.get(i).id()));
        }
        return found;
    }

    @Transactional
    public PartnerOrganisation add(PartnerOrganisation organisation) {
        return repository.save(organisation);
    }

    /** Creates an organisation, audited; refused with {@link InvalidOrganisationException} when a rule is broken. */
    @Transactional
    public PartnerOrganisation create(OrganisationDraft draft) {
        refuseIfInvalid(null, draft);
        PartnerOrganisation created = repository.save(draft.toOrganisation(null, draft.code()));
        events.publishEvent(new OrganisationChanged(AuditAction.CREATE, null, created));
        return created;
    }

    /**
     * Changes an organisation's unit, parent, kind and names (its code stays), audited with the
     * values before and after; an unchanged organisation writes nothing. Refused as {@link #create} is.
     */
    @Transactional
    public PartnerOrganisation update(long id, OrganisationDraft draft) {
        PartnerOrganisation before = repository.findById(id)
                .orElseThrow(() -> new NoSuchElementException("organisation " + id));
        refuseIfInvalid(id, draft);
        PartnerOrganisation after = draft.toOrganisation(id, before.code());
        if (after.equals(before)) {
            return before;
        }
        repository.save(after);
        events.publishEvent(new OrganisationChanged(AuditAction.UPDATE, before, after));
        return after;
    }

    private void refuseIfInvalid(Long id, OrganisationDraft draft) {
        FieldProblems problems = rules.check(id, draft);
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationException(problems);
        }
    }
}
