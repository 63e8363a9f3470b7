package vn.ansinh.programme;

import java.util.List;

import vn.ansinh.shared.Domain;

/** A section of the programme's text; domain and party are set where the section has them. */
public record ProgrammeSection(
        String heading,
        SectionKind kind,
        Domain domain,
        PartyRole party,
        List<ProgrammeItem> items,
        List<ProgrammeSection> sections) {
}
