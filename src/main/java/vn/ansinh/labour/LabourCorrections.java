package vn.ansinh.labour;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.labour.internal.LabourStore;
import vn.ansinh.labour.internal.RecordFilter;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.Paging;

/**
 * Labour records listed and corrected: changed with the same checks as when recorded, deleted (kept,
 * marked, so nothing counts it) and restored by an administrator; each write audited. A user changes
 * only records of communes they write; ids of others are answered as not found.
 */
@Service
@Transactional(readOnly = true)
public class LabourCorrections {

    private final LabourStore store;
    private final LabourRecords records;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LabourCorrections(LabourStore store, LabourRecords records, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    /** Which records to list: of the units the scope reads among these, between two days, of a kind (null: any). */
    public record Query(List<Long> unitIds, LocalDate from, LocalDate to, RecordKind kind) {
    }

    /** A page of the records, newest first; deleted ones only for administrators. */
    public List<LabourEntry> page(Query query, Paging paging, AccessScope scope) {
        List<LabourEntry> entries = store.page(filter(query, scope), paging.offset(), paging.size());
        return scope.personalData() ? entries
                : entries.stream().map(e -> new LabourEntry(e.record().masked(), e.deleted())).toList();
    }

    public long count(Query query, AccessScope scope) {
        return store.count(filter(query, scope));
    }

    /** A record the scope may change, not deleted; not found otherwise. */
    public LabourRecord editable(long id, AccessScope scope) {
        return store.byId(id).filter(r -> scope.canWrite(r.unitId()) && !store.deleted(id))
                .orElseThrow(() -> new LabourNotFoundException(id));
    }

    /** Changes a record's facts; its kind, commune and course stay. */
    @Transactional
    public LabourRecord update(long id, LabourRecord draft, Integer programmeYear, AccessScope scope) {
        LabourRecord before = editable(id, scope);
        LabourRecord after = new LabourRecord(id, before.kind(), before.unitId(), draft.date(), draft.fullName(), draft.sex(),
                draft.birthDate(), draft.citizenId(), draft.place(), draft.sector(), draft.employer(), before.courseId(),
                draft.completedOn(), draft.occupation(), draft.level(), draft.country(), draft.contractMonths(), draft.note());
        records.check(after, programmeYear, scope);
        store.update(id, after);
        events.publishEvent(new LabourRecordChanged(AuditAction.UPDATE, before, after));
        return after;
    }

    @Transactional
    public void delete(long id, AccessScope scope) {
        LabourRecord before = editable(id, scope);
        store.markDeleted(id, OffsetDateTime.now(clock));
        events.publishEvent(new LabourRecordChanged(AuditAction.DELETE, before, null));
    }

    /** Only administrators restore: a commune's deletion is undone by the office that oversees it. */
    @Transactional
    public void restore(long id, AccessScope scope) {
        LabourRecord record = store.byId(id).filter(r -> scope.unrestricted() && store.deleted(id))
                .orElseThrow(() -> new LabourNotFoundException(id));
        store.markDeleted(id, null);
        events.publishEvent(new LabourRecordChanged(AuditAction.CREATE, null, record));
    }

    private static RecordFilter filter(Query query, AccessScope scope) {
        return new RecordFilter(query.unitIds().stream().filter(scope::canRead).toList(), query.from(), query.to(),
                query.kind(), scope.unrestricted());
    }
}
