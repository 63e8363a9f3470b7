package vn.ansinh.allowances;

import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.allowances.internal.GrantStore;
import vn.ansinh.allowances.internal.importing.GrantColumn;
import vn.ansinh.allowances.internal.importing.GrantListImport;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.lists.ListTemplate;
import vn.ansinh.shared.lists.ListTemplate.Column;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.CommuneNames;
import vn.ansinh.units.Units;

/**
 * Imports grants from a list (CSV or XLSX, one row per grant; the columns are those of the add form): all checked
 * first, then all written, each grant audited, or nothing; a dry run only says what it would do.
 */
@Service
public class GrantImports {

    private final GrantListImport listImport;
    private final GrantStore store;
    private final Units units;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    GrantImports(GrantListImport listImport, GrantStore store, Units units, MessageSource messages,
            ApplicationEventPublisher events) {
        this.listImport = listImport;
        this.store = store;
        this.units = units;
        this.messages = messages;
        this.events = events;
    }

    /** The columns and allowed values of a list, the communes being those the user may write. */
    public ListTemplate template(AccessScope scope) {
        Locale vi = Locale.forLanguageTag("vi");
        List<String> communes = units.all().stream().filter(u -> CommuneNames.KINDS.contains(u.kind())
                && scope.canWrite(u.id())).map(AdministrativeUnit::name).toList();
        List<String> groups = java.util.Arrays.stream(BeneficiaryGroup.values())
                .map(g -> messages.getMessage("grant.group." + g, null, vi)).toList();
        return new ListTemplate("mau-danh-sach-tro-cap.xlsx", "Danh sách trợ cấp", List.of(
                Column.choice(GrantColumn.COMMUNE.header(), true, communes),
                Column.choice(GrantColumn.GROUP.header(), true, groups),
                Column.text(GrantColumn.NAME.header(), true, "template.note.text"),
                Column.text(GrantColumn.BIRTH_DATE.header(), false, "template.note.date"),
                Column.text(GrantColumn.CITIZEN_ID.header(), false, "grantList.note.citizenId"),
                Column.text(GrantColumn.HOUSEHOLD_CODE.header(), false, "grantList.note.household"),
                Column.text(GrantColumn.DECISION.header(), true, "template.note.text"),
                Column.text(GrantColumn.COEFFICIENT.header(), true, "grantList.note.coefficient"),
                Column.text(GrantColumn.FIRST_MONTH.header(), true, "grantList.note.month"),
                Column.text(GrantColumn.LAST_MONTH.header(), false, "grantList.note.lastMonth")));
    }

    /** Checks the list and, unless a dry run or anything is wrong, adds all its grants in one transaction. */
    @Transactional
    public GrantImportResult importList(String file, byte[] content, boolean dryRun, AccessScope scope) {
        GrantListImport.Checked checked = listImport.check(content, scope);
        if (!checked.errors().isEmpty()) {
            return new GrantImportResult(file, dryRun, 0, checked.errors(), checked.notices());
        }
        if (!dryRun) {
            checked.grants().forEach(g -> events.publishEvent(new GrantChanged(null, store.insert(g))));
        }
        return new GrantImportResult(file, dryRun, checked.grants().size(), List.of(), checked.notices());
    }
}
