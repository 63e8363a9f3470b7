package vn.ansinh.partners;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.partners.internal.OrganisationRepository;
import vn.ansinh.partners.internal.OrganisationSuccessionStore;
import vn.ansinh.shared.AuditAction;
import vn.ansinh.units.SuccessionKind;
import vn.ansinh.units.SuccessionRecord;
import vn.ansinh.units.SuccessionRecords;

/**
 * The Front and the associations of a unit that is succeeded follow it, under the same succession record. For each
 * organisation of a predecessor (predecessors in the order recorded): where the successor has no organisation of its
 * kind going on, it goes on in the successor — same id, so its figures of past years stay its own; where it has one,
 * the predecessor's ends at its old unit, linked to the one that goes on, and its branches become that one's. Two
 * organisations of kind OTHER are never taken for the same one. A divided unit's organisations stay where they are:
 * which part each goes to is for a person to decide. Following twice changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationsFollowUnits {

    /** More steps than any real chain: a cycle entered by mistake ends here. */
    private static final int MAX_DEPTH = 20;

    private final SuccessionRecords successions;
    private final OrganisationSuccessionStore store;
    private final OrganisationRepository repository;
    private final ApplicationEventPublisher events;

    OrganisationsFollowUnits(SuccessionRecords successions, OrganisationSuccessionStore store,
            OrganisationRepository repository, ApplicationEventPublisher events) {
        this.successions = successions;
        this.store = store;
        this.repository = repository;
        this.events = events;
    }

    /** The organisations of the successor's predecessors of that day follow it (and on, if it was succeeded since). */
    @Transactional
    public List<OrganisationSuccession> follow(long successorId, LocalDate day) {
        return follow(successorId, day, 0);
    }

    /** Every succession that took effect on the day (a list imported with that day), for units with organisations. */
    @Transactional
    public List<OrganisationSuccession> followAll(LocalDate day) {
        Set<Long> withOrganisations = store.unitsWithOrganisations();
        Set<Long> successors = new LinkedHashSet<>();
        successions.effectiveOn(day).stream().filter(r -> withOrganisations.contains(r.predecessorId()))
                .forEach(r -> successors.add(r.successorId()));
        List<OrganisationSuccession> done = new ArrayList<>();
        successors.forEach(id -> done.addAll(follow(id, day)));
        return done;
    }

    /** What became of an organisation through successions, oldest first. */
    public List<OrganisationSuccession> history(long organisationId) {
        return store.history(organisationId);
    }

    /** The organisations that ended merged into another, by organisation id. */
    public Map<Long, OrganisationSuccession> merged() {
        Map<Long, OrganisationSuccession> merged = new java.util.HashMap<>();
        store.merged().forEach(s -> merged.put(s.organisationId(), s));
        return merged;
    }

    private List<OrganisationSuccession> follow(long successorId, LocalDate day, int depth) {
        List<SuccessionRecord> steps = successions.into(successorId).stream()
                .filter(r -> r.effectiveOn().equals(day) && !divided(r)).toList();
        Map<OrganisationKind, PartnerOrganisation> goingOn = byKind(store.goingOnAt(List.of(successorId)));
        List<OrganisationSuccession> done = new ArrayList<>();
        List<OrganisationsSucceeded.Step> audited = new ArrayList<>();
        for (SuccessionRecord step : steps) {
            List<PartnerOrganisation> at = store.goingOnAt(List.of(step.predecessorId()));
            Set<Long> ids = at.stream().map(PartnerOrganisation::id).collect(java.util.stream.Collectors.toSet());
            at.stream().filter(o -> !ids.contains(o.parentId()))
                    .forEach(o -> done.add(followOne(o, step, goingOn, audited)));
            // A branch at the same unit goes with it, under whichever organisation it now belongs to.
            at.stream().filter(o -> ids.contains(o.parentId())).map(o -> repository.findById(o.id()).orElseThrow())
                    .forEach(o -> done.add(move(o, step, audited)));
        }
        if (done.isEmpty()) {
            return done;
        }
        events.publishEvent(new OrganisationsSucceeded(successorId, day, steps.get(0).legalBasis(), audited));
        if (depth < MAX_DEPTH) {
            // The successor may itself have been succeeded already (a chain recorded out of order): follow it on.
            successions.outOf(successorId).stream().filter(r -> !r.effectiveOn().isBefore(day))
                    .map(r -> Map.entry(r.successorId(), r.effectiveOn())).distinct()
                    .forEach(next -> done.addAll(follow(next.getKey(), next.getValue(), depth + 1)));
        }
        return done;
    }

    private OrganisationSuccession followOne(PartnerOrganisation organisation, SuccessionRecord step,
            Map<OrganisationKind, PartnerOrganisation> goingOn, List<OrganisationsSucceeded.Step> audited) {
        PartnerOrganisation target = organisation.kind() == OrganisationKind.OTHER ? null : goingOn.get(organisation.kind());
        if (target == null) {
            if (organisation.kind() != OrganisationKind.OTHER) {
                goingOn.put(organisation.kind(), organisation);
            }
            return move(organisation, step, audited);
        }
        List<String> branches = reparentBranches(organisation, target);
        OrganisationSuccession succession = record(organisation, OrganisationSuccession.Kind.MERGED, target.id(), step);
        audited.add(new OrganisationsSucceeded.Step(organisation.code(), succession.kind(), step.predecessorId(),
                target.code(), branches));
        return succession;
    }

    /** The organisation goes on, same id, in the successor unit. */
    private OrganisationSuccession move(PartnerOrganisation organisation, SuccessionRecord step,
            List<OrganisationsSucceeded.Step> audited) {
        save(organisation, new PartnerOrganisation(organisation.id(), step.successorId(), organisation.parentId(),
                organisation.kind(), organisation.code(), organisation.name(), organisation.shortName()));
        OrganisationSuccession succession = record(organisation, OrganisationSuccession.Kind.CONTINUED, null, step);
        audited.add(new OrganisationsSucceeded.Step(organisation.code(), succession.kind(), step.predecessorId(), null,
                List.of()));
        return succession;
    }

    /** The branches of a merged organisation (those going on) become branches of the one it continues in. */
    private List<String> reparentBranches(PartnerOrganisation merged, PartnerOrganisation target) {
        Set<Long> goingOn = new java.util.HashSet<>();
        List<PartnerOrganisation> branches = repository.findByParentIdOrderById(merged.id());
        store.goingOnAt(branches.stream().map(PartnerOrganisation::unitId).distinct().toList())
                .forEach(o -> goingOn.add(o.id()));
        List<String> moved = new ArrayList<>();
        for (PartnerOrganisation branch : branches) {
            if (!branch.id().equals(target.id()) && goingOn.contains(branch.id())) {
                save(branch, new PartnerOrganisation(branch.id(), branch.unitId(), target.id(), branch.kind(),
                        branch.code(), branch.name(), branch.shortName()));
                moved.add(branch.code());
            }
        }
        return moved;
    }

    private void save(PartnerOrganisation before, PartnerOrganisation after) {
        repository.save(after);
        events.publishEvent(new OrganisationChanged(AuditAction.UPDATE, before, after));
    }

    private OrganisationSuccession record(PartnerOrganisation organisation, OrganisationSuccession.Kind kind,
            Long continuedIn, SuccessionRecord step) {
        OrganisationSuccession succession = new OrganisationSuccession(organisation.id(), kind, step.predecessorId(),
                step.successorId(), continuedIn, step.effectiveOn(), step.legalBasis());
        store.record(succession);
        return succession;
    }

    /** A step that divides its unit (a split, or one of several successors that day): not followed automatically. */
    private boolean divided(SuccessionRecord step) {
        return step.kind() == SuccessionKind.SPLIT || successions.outOf(step.predecessorId()).stream()
                .filter(r -> r.effectiveOn().equals(step.effectiveOn())).count() > 1;
    }

    private static Map<OrganisationKind, PartnerOrganisation> byKind(List<PartnerOrganisation> organisations) {
        Map<OrganisationKind, PartnerOrganisation> byKind = new EnumMap<>(OrganisationKind.class);
        organisations.stream().filter(o -> o.kind() != OrganisationKind.OTHER).forEach(o -> byKind.putIfAbsent(o.kind(), o));
        return byKind;
    }
}
