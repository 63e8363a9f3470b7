package vn.ansinh.programme;

/**
 * A section as its edit form holds it: the paragraphs one per line, each starting with its printed
 * bullet ("- ", "+ ") or with none.
 */
public record SectionEdit(String heading, SectionKind kind, vn.ansinh.shared.Domain domain, PartyRole party,
        String paragraphs) {

    static SectionEdit of(ProgrammeSection section) {
        return new SectionEdit(section.heading(), section.kind(), section.domain(), section.party(),
                Paragraphs.text(section.items()));
    }
}
