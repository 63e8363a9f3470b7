package vn.ansinh.relief;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.relief.ReliefImportResult.Line;
import vn.ansinh.relief.internal.ReliefStore;
import vn.ansinh.relief.internal.importing.ReliefColumn;
import vn.ansinh.relief.internal.importing.ReliefListImport;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.lists.ListTemplate;
import vn.ansinh.shared.lists.ListTemplate.Column;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * Imports an event's affected households with the relief given to each from a list (CSV or XLSX, one row per
 * household; the columns are those of the page forms): all checked first, then all written, each household and relief
 * audited as the page's writes are, or nothing; a dry run only says what it would write. For whoever writes one of
 * the event's communes.
 */
@Service
public class ReliefImports {

    private final ReliefListImport listImport;
    private final ReliefStore store;
    private final Units units;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    ReliefImports(ReliefListImport listImport, ReliefStore store, Units units, MessageSource messages,
            ApplicationEventPublisher events) {
        this.listImport = listImport;
        this.store = store;
        this.units = units;
        this.messages = messages;
        this.events = events;
    }

    /** Whether the user may import a list of the event: writes one of the communes it hit (the link shows then). */
    public static boolean writesAny(ReliefEvent event, AccessScope scope) {
        return event.unitIds().stream().anyMatch(u -> ReliefEntries.writes(event, u, scope));
    }

    /** The event, when the user may import its list; empty when there is none such or it is not theirs to write. */
    public Optional<ReliefEvent> importable(long eventId, AccessScope scope) {
        return store.event(eventId).filter(e -> writesAny(e, scope));
    }

    /** The columns and allowed values of the event's list, the communes being those of it the user writes. */
    public ListTemplate template(ReliefEvent event, AccessScope scope) {
        Locale vi = Locale.forLanguageTag("vi");
        List<String> communes = event.unitIds().stream().filter(scope::canWrite).map(units::byId)
                .flatMap(Optional::stream).map(AdministrativeUnit::name).toList();
        List<String> damages = Arrays.stream(DamageKind.values())
                .map(d -> messages.getMessage("relief.damage." + d, null, vi)).toList();
        return new ListTemplate("mau-ho-bi-anh-huong-" + event.id() + ".xlsx", "Hộ bị ảnh hưởng", List.of(
                Column.choice(ReliefColumn.COMMUNE.header(), true, communes),
                Column.text(ReliefColumn.HEAD.header(), true, "template.note.text"),
                Column.text(ReliefColumn.VILLAGE.header(), true, "template.note.text"),
                Column.text(ReliefColumn.HOUSEHOLD_CODE.header(), false, "template.note.householdCode"),
                Column.choice(ReliefColumn.DAMAGE.header(), true, damages),
                Column.text(ReliefColumn.PEOPLE.header(), false, "reliefList.note.people"),
                Column.text(ReliefColumn.VALUE.header(), false, "reliefList.note.money"),
                Column.text(ReliefColumn.GIVER.header(), false, "reliefList.note.giver"),
                Column.text(ReliefColumn.GIVEN_ON.header(), false, "reliefList.note.givenOn"),
                Column.text(ReliefColumn.RICE.header(), false, "reliefList.note.rice"),
                Column.text(ReliefColumn.MONEY.header(), false, "reliefList.note.money"),
                Column.text(ReliefColumn.GOODS.header(), false, "reliefList.note.goods")));
    }

    /** Checks the list and, unless a dry run or anything is wrong, records all of it in one transaction. */
    @Transactional
    public ReliefImportResult importList(ReliefEvent event, String file, byte[] content, boolean dryRun,
            AccessScope scope) {
        ReliefListImport.Checked checked = listImport.check(event, content, scope);
        if (!checked.errors().isEmpty()) {
            return new ReliefImportResult(file, dryRun, List.of(), checked.errors(), checked.notices());
        }
        List<Line> lines = dryRun ? checked.lines() : new ArrayList<>();
        if (!dryRun) {
            checked.lines().forEach(l -> lines.add(write(l)));
        }
        return new ReliefImportResult(file, dryRun, lines, List.of(), checked.notices());
    }

    /** The line's household and its relief, each audited as the page's writes are. */
    private Line write(Line line) {
        AffectedHousehold added = store.insert(line.household());
        events.publishEvent(new ReliefRecorded("relief_household", added.id(), added.unitId(), added,
                added.householdId()));
        if (line.relief() == null) {
            return new Line(line.row(), added, null);
        }
        ReliefGiven r = line.relief();
        ReliefGiven given = store.insert(new ReliefGiven(0, added.id(), r.giver(), r.givenOn(), r.riceKg(), r.money(),
                r.goods()));
        events.publishEvent(new ReliefRecorded("relief_given", given.id(), added.unitId(), given, added.householdId()));
        return new Line(line.row(), added, given);
    }
}
