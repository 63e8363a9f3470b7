package vn.ansinh.meetings.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import vn.ansinh.commitments.ProgrammeParties;
import vn.ansinh.commitments.ProgrammeParty;
import vn.ansinh.meetings.ActionItem;
import vn.ansinh.meetings.ActionItems;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.Party;

/**
 * What every coordination page shows alike: the programme (404 when the scope does not read it), its parties by key
 * for the forms, today by the application's clock, and which items the user may close (the rule the close endpoint
 * applies).
 */
@Component
class CoordinationModel {

    private final Programmes programmes;
    private final ProgrammeParties parties;
    private final ActionItems items;

    CoordinationModel(Programmes programmes, ProgrammeParties parties, ActionItems items) {
        this.programmes = programmes;
        this.parties = parties;
        this.items = items;
    }

    Programme programme(long programmeId, AccessScope scope) {
        return programmes.byId(programmeId, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The programme, its parties, today, who may record; and no form problems yet. */
    Programme addTo(Model model, long programmeId, AccessScope scope) {
        Programme programme = programme(programmeId, scope);
        model.addAttribute("programme", programme);
        model.addAttribute("programmeId", programmeId);
        model.addAttribute("parties", partyNames(programmeId));
        model.addAttribute("today", items.today());
        model.addAttribute("mayRecord", scope.unrestricted());
        model.addAttribute("problems", new FieldProblems());
        model.addAttribute("itemProblems", new FieldProblems());
        model.addAttribute("closeProblems", new FieldProblems());
        return programme;
    }

    /** The programme's parties by key («UNIT:5» → «UBND xã Cam An»), in section II's order. */
    Map<String, String> partyNames(long programmeId) {
        Map<String, String> names = new LinkedHashMap<>();
        parties.of(programmeId).forEach(p -> names.put(p.party().key(), p.name()));
        return names;
    }

    List<ProgrammeParty> partiesOf(long programmeId) {
        return parties.of(programmeId);
    }

    /** The ids of the items the scope may close, for the close forms. */
    void closable(Model model, List<ActionItem> shown, AccessScope scope) {
        model.addAttribute("closable", shown.stream().filter(i -> items.mayClose(i, scope)).map(ActionItem::id).toList());
    }

    /** The chosen parties' names in the programme's order (section II's), as the minutes list them. */
    static String names(Map<String, String> parties, List<Party> chosen) {
        List<String> keys = chosen.stream().map(Party::key).toList();
        return String.join(", ", parties.entrySet().stream().filter(e -> keys.contains(e.getKey()))
                .map(Map.Entry::getValue).toList());
    }
}
