package vn.ansinh.programme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.programme.internal.ProgrammeRepository;
import vn.ansinh.programme.internal.ProgrammeTextEdits;
import vn.ansinh.programme.internal.ProgrammeTextStore;

/**
 * Edits a programme's text: the document part, a section with its paragraphs, the signatories.
 * Who may edit is checked by the caller (administrators); every change is audited, and a
 * rewritten section tells the figure check ({@link ParagraphsChanged}).
 */
@Service
@Transactional
public class ProgrammeEditor {

    private final ProgrammeRepository repository;
    private final ProgrammeTextStore store;
    private final ProgrammeTextEdits edits;
    private final ApplicationEventPublisher events;
    private final vn.ansinh.partners.Partners partners;

    ProgrammeEditor(ProgrammeRepository repository, ProgrammeTextStore store, ProgrammeTextEdits edits,
            ApplicationEventPublisher events, vn.ansinh.partners.Partners partners) {
        this.partners = partners;
        this.repository = repository;
        this.store = store;
        this.edits = edits;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<DocumentEdit> document(long id) {
        return repository.findById(id).map(p -> DocumentEdit.of(p, store.recipients(id)));
    }

    public void updateDocument(long id, DocumentEdit edit) {
        Programme before = repository.findById(id).orElseThrow();
        check(DocumentRules.problems(edit));
        List<String> recipientsBefore = store.recipients(id);
        repository.save(new Programme(id, before.coordinatingUnitId(), before.programmeYear(), blankToNull(edit.number()),
                Paragraphs.clean(edit.symbol()), edit.day(), edit.month(), edit.year(), title(edit.title()),
                text(edit.preamble()), text(edit.closing()), text(edit.distributionHeading()),
                title(edit.signatureHeading()), before.sourceName(), before.importedAt(),
                before.publishedAt()));
        edits.replaceRecipients(id, edit.recipientLines());
        events.publishEvent(new ProgrammeChanged(id, before.coordinatingUnitId(), "document",
                DocumentEdit.of(before, recipientsBefore), document(id).orElseThrow()));
    }

    @Transactional(readOnly = true)
    public Optional<SectionEdit> section(long id, String path) {
        return sectionAt(store.sections(id), path).map(SectionEdit::of);
    }

    public void updateSection(long id, String path, SectionEdit edit) {
        Programme programme = repository.findById(id).orElseThrow();
        ProgrammeSection before = sectionAt(store.sections(id), path).orElseThrow();
        Map<String, String> problems = new LinkedHashMap<>();
        if (Paragraphs.clean(edit.heading()).isEmpty()) {
            problems.put("heading", "programme.edit.required");
        }
        check(problems);
        List<ProgrammeItem> items = Paragraphs.items(edit.paragraphs());
        ProgrammeSection after = new ProgrammeSection(Paragraphs.clean(edit.heading()),
                edit.kind() == null ? SectionKind.GENERAL : edit.kind(), edit.domain(), edit.party(), items,
                before.sections());
        edits.replaceSection(edits.sectionId(id, path).orElseThrow(), after);
        events.publishEvent(new ProgrammeChanged(id, programme.coordinatingUnitId(), "section " + path,
                SectionEdit.of(before), SectionEdit.of(after)));
        events.publishEvent(new ParagraphsChanged(id, texts(before.items()), texts(items)));
    }

    @Transactional(readOnly = true)
    public List<Signatory> signatories(long id) {
        return store.signatories(id);
    }

    public void updateSignatories(long id, List<Signatory> signatories) {
        Programme programme = repository.findById(id).orElseThrow();
        java.util.Set<Long> organisations = partners.all().stream().map(vn.ansinh.partners.PartnerOrganisation::id)
                .collect(java.util.stream.Collectors.toSet());
        Map<String, String> problems = new LinkedHashMap<>();
        if (signatories.isEmpty()) {
            problems.put("label0", "programme.edit.signatories.empty");
        }
        for (int i = 0; i < signatories.size(); i++) {
            if (Paragraphs.clean(signatories.get(i).label()).isEmpty()) {
                problems.put("label" + i, "programme.edit.required");
            }
            if (!organisations.contains(signatories.get(i).organisationId())) {
                problems.put("organisation" + i, "programme.edit.organisation");
            }
        }
        check(problems);
        List<Signatory> before = store.signatories(id);
        List<Signatory> after = signatories.stream()
                .map(s -> new Signatory(s.organisationId(), Paragraphs.clean(s.label()))).toList();
        edits.replaceSignatories(id, after);
        events.publishEvent(new ProgrammeChanged(id, programme.coordinatingUnitId(), "signatories", before, after));
    }

    /** The section at a path of positions from 1: "3-2" is the second section inside the third. */
    static Optional<ProgrammeSection> sectionAt(List<ProgrammeSection> sections, String path) {
        List<ProgrammeSection> level = sections;
        ProgrammeSection found = null;
        for (String part : path.split("-")) {
            int index;
            try {
                index = Integer.parseInt(part) - 1;
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (index < 0 || index >= level.size()) {
                return Optional.empty();
            }
            found = level.get(index);
            level = found.sections();
        }
        return Optional.ofNullable(found);
    }

    private static void check(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new ProgrammeEditException(problems);
        }
    }

    private static List<String> texts(List<ProgrammeItem> items) {
        return items.stream().map(ProgrammeItem::text).toList();
    }

    private static String blankToNull(String value) {
        String clean = Paragraphs.clean(value);
        return clean.isEmpty() ? null : clean;
    }

    private static String text(String value) {
        return blankToNull(value);
    }

    /** Titles keep their line breaks: the printed title stands on two lines. */
    private static String title(String value) {
        List<String> lines = Paragraphs.lines(value);
        return lines.isEmpty() ? null : String.join("\n", lines);
    }
}
