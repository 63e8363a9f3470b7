package vn.ansinh.programme;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.partners.Partners;
import vn.ansinh.programme.internal.ProgrammeRepository;
import vn.ansinh.programme.internal.ProgrammeTextEdits;
import vn.ansinh.programme.internal.ProgrammeTextStore;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.SavedVersion;
import vn.ansinh.shared.StaleSaveException;

/**
 * Edits a programme's text: the document part, a section with its paragraphs, the signatories.
 * Who may edit is checked by the caller (administrators); every change is audited, and a
 * rewritten section tells the figure check ({@link ParagraphsChanged}). The text has one version: each
 * edit is made as read at it, and one over a newer save is refused, naming who saved and when.
 */
@Service
@Transactional
public class ProgrammeEditor {

    private final ProgrammeRepository repository;
    private final ProgrammeTextStore store;
    private final ProgrammeTextEdits edits;
    private final ApplicationEventPublisher events;
    private final Partners partners;
    private final Clock clock;

    ProgrammeEditor(ProgrammeRepository repository, ProgrammeTextStore store, ProgrammeTextEdits edits,
            ApplicationEventPublisher events, Partners partners, Clock clock) {
        this.partners = partners;
        this.clock = clock;
        this.repository = repository;
        this.store = store;
        this.edits = edits;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<DocumentEdit> document(long id) {
        return repository.findById(id).map(p -> DocumentEdit.of(p, store.recipients(id), version(id).version()));
    }

    /** The version of the programme's text (document part, sections and signatories alike), who saved it and when. */
    @Transactional(readOnly = true)
    public SavedVersion version(long id) {
        return store.textVersion(id).orElseThrow(() -> new ProgrammeNotFoundException(id));
    }

    /**
     * Saves the document part as read at its version; refused when a field is wrong ({@link ProgrammeEditException})
     * or when someone saved the text after it was read ({@link StaleSaveException}, naming them and when).
     */
    public void updateDocument(long id, DocumentEdit edit, String user) {
        Programme before = repository.findById(id).orElseThrow(() -> new ProgrammeNotFoundException(id));
        check(DocumentRules.problems(edit));
        DocumentEdit read = document(id).orElseThrow();
        saveOver(id, edit.version(), user);
        repository.save(new Programme(id, before.coordinatingUnitId(), before.programmeYear(), blankToNull(edit.number()),
                Paragraphs.clean(edit.symbol()), edit.day(), edit.month(), edit.year(), title(edit.title()),
                text(edit.preamble()), text(edit.closing()), text(edit.distributionHeading()),
                title(edit.signatureHeading()), before.sourceName(), before.importedAt(),
                before.publishedAt()));
        edits.replaceRecipients(id, edit.recipientLines());
        events.publishEvent(new ProgrammeChanged(id, before.coordinatingUnitId(), "document", read,
                document(id).orElseThrow()));
    }

    @Transactional(readOnly = true)
    public Optional<SectionEdit> section(long id, String path) {
        return sectionAt(store.sections(id), path).map(s -> SectionEdit.of(s, version(id).version()));
    }

    /** Saves a section's heading and paragraphs as read at the text's version; refused as {@link #updateDocument} is. */
    public void updateSection(long id, String path, SectionEdit edit, String user) {
        Programme programme = repository.findById(id).orElseThrow(() -> new ProgrammeNotFoundException(id));
        ProgrammeSection before = sectionAt(store.sections(id), path).orElseThrow(() -> new ProgrammeNotFoundException(id));
        check(DocumentRules.problems(edit));
        int read = saveOver(id, edit.version(), user);
        List<ProgrammeItem> items = Paragraphs.items(edit.paragraphs());
        ProgrammeSection after = new ProgrammeSection(Paragraphs.clean(edit.heading()),
                edit.kind() == null ? SectionKind.GENERAL : edit.kind(), edit.domain(), edit.party(), items,
                before.sections());
        edits.replaceSection(edits.sectionId(id, path).orElseThrow(), after);
        events.publishEvent(new ProgrammeChanged(id, programme.coordinatingUnitId(), "section " + path,
                SectionEdit.of(before, read), SectionEdit.of(after, read + 1)));
        events.publishEvent(new ParagraphsChanged(id, texts(before.items()), texts(items)));
    }

    @Transactional(readOnly = true)
    public List<Signatory> signatories(long id) {
        return store.signatories(id);
    }

    /** Saves the signatories as read at the text's version; refused as {@link #updateDocument} is. */
    public void updateSignatories(long id, Integer version, List<Signatory> signatories, String user) {
        Programme programme = repository.findById(id).orElseThrow(() -> new ProgrammeNotFoundException(id));
        Set<Long> organisations = partners.all().stream().map(PartnerOrganisation::id).collect(Collectors.toSet());
        check(DocumentRules.version(version).addAll(DocumentRules.problems(signatories, organisations)));
        saveOver(id, version, user);
        List<Signatory> before = store.signatories(id);
        List<Signatory> after = signatories.stream()
                .map(s -> new Signatory(s.organisationId(), Paragraphs.clean(s.label()))).toList();
        edits.replaceSignatories(id, after);
        events.publishEvent(new ProgrammeChanged(id, programme.coordinatingUnitId(), "signatories", before, after));
    }

    /**
     * Takes the text's version for this save: the programme's row stays locked until the save ends, so of two
     * saves of one version the second waits and is then refused — it never rewrites rows the first is writing.
     */
    private int saveOver(long id, int read, String user) {
        int current = store.lockedTextVersion(id).orElseThrow(() -> new ProgrammeNotFoundException(id));
        if (current != read) {
            throw new StaleSaveException("programme.edit.conflict", version(id));
        }
        store.textSaved(id, user, clock.instant());
        return current;
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

    private static void check(FieldProblems problems) {
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
