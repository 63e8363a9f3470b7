package vn.ansinh.meetings.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import vn.ansinh.shared.Dates;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.Party;

/** The checks the coordination forms share: days as printed, optional texts, and parties of the programme. */
final class TypedValues {

    private final FieldProblems problems;

    TypedValues(FieldProblems problems) {
        this.problems = problems;
    }

    /** The day typed; null with a problem beside the field when it is not one (or is blank and required). */
    LocalDate day(String field, String text, boolean required) {
        Dates.Reading reading = Dates.read(text);
        if (!reading.ok()) {
            problems.add(field, reading.problem(), text);
        } else if (reading.date() == null && required) {
            problems.add(field, "catalogue.required");
        }
        return reading.date();
    }

    /** A text that may be left blank (null then), at most max characters. */
    String optional(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            problems.add(field, "catalogue.tooLong", max);
        }
        return text.strip();
    }

    /** A required text, stripped (null when refused). */
    String required(String field, String text, int max) {
        problems.text(field, text, max);
        return text == null ? null : text.strip();
    }

    /** The parties the keys name, each one of the programme's; at least one when required. */
    List<Party> parties(String field, Collection<String> keys, Collection<Party> ofProgramme, boolean required) {
        List<Party> parties = new ArrayList<>();
        for (String key : keys) {
            Party party = party(field, key, ofProgramme);
            if (party != null && !parties.contains(party)) {
                parties.add(party);
            }
        }
        if (required && parties.isEmpty() && !problems.has(field)) {
            problems.add(field, "coordination.parties.required");
        }
        return parties;
    }

    /** The one party the key names, of the programme; null with a problem when blank or another. */
    Party party(String field, String key, Collection<Party> ofProgramme) {
        if (key == null || key.isBlank()) {
            problems.add(field, "catalogue.required");
            return null;
        }
        try {
            Party party = Party.parse(key.strip());
            if (ofProgramme.contains(party)) {
                return party;
            }
        } catch (IllegalArgumentException e) {
            // A key no party has: said as a party not of the programme.
        }
        problems.add(field, "coordination.party.unknown");
        return null;
    }
}
