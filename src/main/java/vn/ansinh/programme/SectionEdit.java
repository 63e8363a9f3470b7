package vn.ansinh.programme;

/**
 * A section as its edit form holds it: the paragraphs one per line, each starting with its printed
 * bullet ("- ", "+ ") or with none; version the version of the programme's text the form was read at.
 */
public record SectionEdit(String heading, SectionKind kind, vn.ansinh.shared.Domain domain, PartyRole party,
        String paragraphs, Integer version) {

    static SectionEdit of(ProgrammeSection section, int version) {
        return new SectionEdit(section.heading(), section.kind(), section.domain(), section.party(),
                Paragraphs.text(section.items()), version);
    }

    /** The same section, as read at another version: saving it then puts it over that version. */
    public SectionEdit at(int newer) {
        return new SectionEdit(heading, kind, domain, party, paragraphs, newer);
    }
}
