package vn.ansinh.programme;

import java.util.List;

/** A programme with its whole text, for showing and printing it. */
public record ProgrammeText(
        Programme programme,
        List<ProgrammeSection> sections,
        List<String> recipients,
        List<Signatory> signatories) {
}
