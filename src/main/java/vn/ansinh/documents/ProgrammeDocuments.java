package vn.ansinh.documents;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.checks.FilledText;
import vn.ansinh.checks.StatedFigures;
import vn.ansinh.documents.internal.DocumentAssembler;
import vn.ansinh.programme.ProgrammeText;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;

/**
 * The programme's official document as the user's scope sees it: the whole text, which every party
 * signs, and only the user's rows and columns in the annex tables. The tables are computed once and
 * the text's figures are filled in from those same tables, so the two always say the same.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeDocuments {

    private final Programmes programmes;
    private final AnnexTables tables;
    private final StatedFigures statedFigures;
    private final DocumentAssembler assembler;

    ProgrammeDocuments(Programmes programmes, AnnexTables tables, StatedFigures statedFigures,
            DocumentAssembler assembler) {
        this.programmes = programmes;
        this.tables = tables;
        this.statedFigures = statedFigures;
        this.assembler = assembler;
    }

    /** Empty when there is no such programme or the scope cannot read it. */
    public Optional<ProgrammeDocument> document(long programmeId, AccessScope scope) {
        return programmes.text(programmeId, scope).map(text -> assemble(text, scope));
    }

    private ProgrammeDocument assemble(ProgrammeText text, AccessScope scope) {
        List<ComputedTable> computed = tables.allComputed(text.programme().id(), scope);
        FilledText filled = statedFigures.filledText(text.programme(), computed, scope);
        return assembler.assemble(text, filled, computed);
    }
}
