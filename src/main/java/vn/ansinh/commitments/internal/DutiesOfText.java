package vn.ansinh.commitments.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.ansinh.commitments.Commitment;
import vn.ansinh.commitments.ProgrammeParties;
import vn.ansinh.commitments.ProgrammeParty;
import vn.ansinh.programme.ProgrammeItem;
import vn.ansinh.programme.ProgrammeSection;
import vn.ansinh.programme.ProgrammeText;
import vn.ansinh.programme.SectionKind;

/**
 * The commitments a programme's text makes: each item of each duties section, for each party the section's role
 * binds, numbered in the order the text gives them (so a party's commitments read as the text does).
 */
@Component
public class DutiesOfText {

    private final ProgrammeParties parties;
    private final CadenceReading cadences;

    DutiesOfText(ProgrammeParties parties, CadenceReading cadences) {
        this.parties = parties;
        this.cadences = cadences;
    }

    public List<Commitment> of(ProgrammeText text) {
        long programmeId = text.programme().id();
        List<ProgrammeSection> duties = new ArrayList<>();
        collect(text.sections(), duties);
        List<Commitment> made = new ArrayList<>();
        int position = 0;
        List<ProgrammeParty> all = parties.of(programmeId);  // read once, not once per section
        for (ProgrammeSection section : duties) {
            List<ProgrammeParty> bound = all.stream().filter(p -> p.boundBy(section.party())).toList();
            for (ProgrammeItem item : section.items()) {
                position++;
                for (ProgrammeParty party : bound) {
                    made.add(new Commitment(null, programmeId, party.party(), section.domain(), item.text(),
                            section.heading(), position, cadences.of(item.text()), null, null, null));
                }
            }
        }
        return made;
    }

    /** Duties sections in the text's order, at any depth; one without a domain or a party binds nobody. */
    private static void collect(List<ProgrammeSection> sections, List<ProgrammeSection> into) {
        for (ProgrammeSection s : sections) {
            if (s.kind() == SectionKind.DUTIES && s.domain() != null && s.party() != null) {
                into.add(s);
            }
            collect(s.sections() == null ? List.of() : s.sections(), into);
        }
    }
}
