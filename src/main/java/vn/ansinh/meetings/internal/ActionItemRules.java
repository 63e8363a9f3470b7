package vn.ansinh.meetings.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

import vn.ansinh.meetings.ActionItemDraft;
import vn.ansinh.shared.Dates;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.Party;

/**
 * Checks an action item as typed — what is to be done, a party of the programme, a due day not before the meeting or
 * inspection that decided it — and a closing: a line saying what was done, of an item still open.
 */
public final class ActionItemRules {

    /** An item as checked. */
    public record Checked(String text, Party party, LocalDate due) {
    }

    private final FieldProblems problems = new FieldProblems();

    public FieldProblems problems() {
        return problems;
    }

    public Optional<Checked> check(ActionItemDraft d, LocalDate decidedOn, Collection<Party> ofProgramme) {
        TypedValues typed = new TypedValues(problems);
        String text = typed.required("text", d.text(), 2000);
        Party party = typed.party("party", d.party(), ofProgramme);
        LocalDate due = typed.day("due", d.due(), true);
        if (due != null && due.isBefore(decidedOn)) {
            problems.add("due", "actionItem.due.beforeDecided", Dates.shown(decidedOn));
        }
        return problems.isEmpty() ? Optional.of(new Checked(text, party, due)) : Optional.empty();
    }

    /** The line saying what was done, when it is given and the item is still open. */
    public Optional<String> closing(String note, boolean alreadyClosed) {
        String line = new TypedValues(problems).required("closingNote", note, 2000);
        if (alreadyClosed) {
            problems.add("closingNote", "actionItem.alreadyClosed");
        }
        return problems.isEmpty() ? Optional.of(line) : Optional.empty();
    }
}
