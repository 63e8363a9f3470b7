package vn.ansinh.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.commitments.ProgrammeParty;
import vn.ansinh.meetings.internal.ActionItemRules;
import vn.ansinh.meetings.internal.ActionItemStore;
import vn.ansinh.meetings.internal.CoordinationTitles;
import vn.ansinh.meetings.internal.ProgrammeAccess;
import vn.ansinh.meetings.internal.StoredItem;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Party;

/**
 * What meetings decided and inspections recommended, followed to closure: each item of one responsible party, open
 * until closed with a line saying what was done (by the party's writers or the coordinating office), overdue while
 * open past its date. Unscoped reads (open, overdue, ofParty) are for the application's own jobs (reminders); pages
 * and the API read through the scoped ones.
 */
@Service
@Transactional(readOnly = true)
public class ActionItems {

    private final ActionItemStore store;
    private final ProgrammeAccess access;
    private final CoordinationTitles titles;
    private final Meetings meetings;
    private final Inspections inspections;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionItems(ActionItemStore store, ProgrammeAccess access, CoordinationTitles titles, Meetings meetings,
            Inspections inspections, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.access = access;
        this.titles = titles;
        this.meetings = meetings;
        this.inspections = inspections;
        this.events = events;
        this.clock = clock;
    }

    /** Every open item of every programme, earliest due first. */
    public List<ActionItem> open() {
        return named(store.open());
    }

    /** Every open item of every programme due before the day, earliest due first. */
    public List<ActionItem> overdue(LocalDate today) {
        return open().stream().filter(i -> i.overdue(today)).toList();
    }

    /** The party's open items in the programme, earliest due first. */
    public List<ActionItem> ofParty(long programmeId, Party party) {
        return named(store.ofProgramme(programmeId)).stream().filter(i -> !i.closed() && i.responsible().equals(party))
                .toList();
    }

    /** Every item of the programme, open or closed; none when the scope does not read the programme. */
    public List<ActionItem> ofProgramme(long programmeId, AccessScope scope) {
        return access.readable(programmeId, scope).map(p -> named(store.ofProgramme(programmeId))).orElse(List.of());
    }

    /** The programme's open items overdue today (by the application's clock); none outside the scope. */
    public List<ActionItem> overdue(long programmeId, AccessScope scope) {
        LocalDate today = today();
        return ofProgramme(programmeId, scope).stream().filter(i -> i.overdue(today)).toList();
    }

    /** The open items of every programme the scope reads (only those overdue today when asked), earliest due first. */
    public List<ActionItem> open(AccessScope scope, boolean overdueOnly) {
        LocalDate today = today();
        Map<Long, Boolean> reads = new HashMap<>();
        return open().stream().filter(i -> reads.computeIfAbsent(i.programmeId(),
                id -> access.readable(id, scope).isPresent())).filter(i -> !overdueOnly || i.overdue(today)).toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the scope closes the item: its party's writers and the coordinating office, while it is open. */
    public boolean mayClose(ActionItem item, AccessScope scope) {
        return !item.closed() && ProgrammeAccess.mayClose(item.responsible(), scope);
    }

    /** Adds a decision of the programme's meeting or a recommendation of its inspection, audited; refused by field. */
    @Transactional
    public ActionItem add(long programmeId, ActionItemSource source, long sourceId, ActionItemDraft draft,
            AccessScope scope) {
        access.recordable(programmeId, scope);
        ActionItemRules rules = new ActionItemRules();
        ActionItemRules.Checked checked = rules.check(draft, decidedOn(programmeId, source, sourceId, scope),
                access.partyKeys(programmeId)).orElseThrow(() -> new InvalidCoordinationException("Action item",
                        rules.problems()));
        long id = store.insert(programmeId, source, sourceId, checked.text(), checked.party(), checked.due());
        ActionItem added = byId(id);
        events.publishEvent(new ActionItemChanged(null, added));
        return added;
    }

    /**
     * Closes an item the scope may close, today (by the application's clock), with the line saying what was done and
     * who closed it, audited; refused by field (no line, or closed already); 404 for an item the scope may not close.
     */
    @Transactional
    public ActionItem close(long programmeId, ActionItemClosing closing, String who, AccessScope scope) {
        long itemId = closing.itemId() == null ? -1 : closing.itemId();
        ActionItem before = ofProgramme(programmeId, scope).stream().filter(i -> i.id() == itemId)
                .filter(i -> ProgrammeAccess.mayClose(i.responsible(), scope)).findFirst()
                .orElseThrow(() -> new CoordinationNotFoundException("action item", itemId));
        ActionItemRules rules = new ActionItemRules();
        Optional<String> note = rules.closing(closing.closingNote(), before.closed());
        if (note.isEmpty() || !store.close(itemId, today(), note.get(), who)) {
            rules.problems().add("closingNote", "actionItem.alreadyClosed");
            throw new InvalidCoordinationException("Action item", rules.problems());
        }
        ActionItem after = byId(itemId);
        events.publishEvent(new ActionItemChanged(before, after));
        return after;
    }

    private java.time.LocalDate decidedOn(long programmeId, ActionItemSource source, long sourceId, AccessScope scope) {
        return switch (source) {
            case MEETING -> meetings.byId(programmeId, sourceId, scope).map(Meeting::heldOn)
                    .orElseThrow(() -> new CoordinationNotFoundException("meeting", sourceId));
            case INSPECTION -> inspections.byId(programmeId, sourceId, scope).map(Inspection::plannedFrom)
                    .orElseThrow(() -> new CoordinationNotFoundException("inspection", sourceId));
        };
    }

    private ActionItem byId(long id) {
        return named(List.of(store.byId(id).orElseThrow())).get(0);
    }

    /** The items with their sources' titles and their parties' names, the parties read once per programme. */
    private List<ActionItem> named(List<StoredItem> items) {
        Map<Long, Map<Party, ProgrammeParty>> parties = new HashMap<>();
        return items.stream().map(i -> item(i, parties.computeIfAbsent(i.programmeId(), this::partiesOf)
                .get(i.party()))).toList();
    }

    private Map<Party, ProgrammeParty> partiesOf(long programmeId) {
        Map<Party, ProgrammeParty> byParty = new HashMap<>();
        access.parties(programmeId).forEach(p -> byParty.put(p.party(), p));
        return byParty;
    }

    private ActionItem item(StoredItem i, ProgrammeParty party) {
        String title = i.source() == ActionItemSource.MEETING ? titles.meeting(i.meetingKind(), i.sourceDay())
                : titles.inspection(i.inspectionKind(), i.subject());
        return new ActionItem(i.id(), i.programmeId(), i.source(), i.sourceId(), title, i.text(), i.party(), i.due(),
                i.closedOn() != null, i.closedOn(), i.closingNote(), i.closedBy(), i.sourceDay(),
                party == null ? "" : party.code(), party == null ? "" : party.name());
    }
}
