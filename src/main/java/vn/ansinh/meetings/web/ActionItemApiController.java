package vn.ansinh.meetings.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.ansinh.meetings.ActionItem;
import vn.ansinh.meetings.ActionItems;
import vn.ansinh.shared.AccessScope;

/** The open action items of the programmes the caller reads, as the pages show them. */
@RestController
class ActionItemApiController {

    private final ActionItems items;

    ActionItemApiController(ActionItems items) {
        this.items = items;
    }

    @GetMapping("/api/v1/action-items")
    @Operation(summary = "The open action items (decisions of meetings, recommendations of inspections) of every "
            + "programme the caller reads, earliest due first; overdue=true: only those past their due date today. "
            + "Each with its source (MEETING or INSPECTION, id, title) and its responsible party (UNIT or ORGANISATION, "
            + "code, name)")
    List<ActionItemJson> open(@RequestParam(required = false, defaultValue = "false") boolean overdue,
            AccessScope scope) {
        LocalDate today = items.today();
        return items.open(scope, overdue).stream().map(i -> ActionItemJson.of(i, today)).toList();
    }

    /** An open action item; overdue: past its due date today. */
    record ActionItemJson(long id, long programmeId, Source source, PartyJson party, String text, LocalDate due,
            boolean overdue) {

        static ActionItemJson of(ActionItem i, LocalDate today) {
            return new ActionItemJson(i.id(), i.programmeId(), new Source(i.source().name(), i.sourceId(),
                    i.sourceTitle()), new PartyJson(i.responsible().kind().name(), i.responsibleCode(),
                            i.responsibleName()), i.text(), i.due(), i.overdue(today));
        }
    }

    /** The meeting or inspection that decided the item. */
    record Source(String kind, long id, String title) {
    }

    /** kind: UNIT or ORGANISATION. */
    record PartyJson(String kind, String code, String name) {
    }
}
