package vn.ansinh.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ansinh.intake.internal.ProgrammeFile.ItemEntry;
import vn.ansinh.intake.internal.ProgrammeFile.ProgrammeEntry;
import vn.ansinh.intake.internal.ProgrammeFile.SectionEntry;
import vn.ansinh.intake.internal.ProgrammeFile.SignatoryEntry;
import vn.ansinh.intake.internal.ProgrammeFile.TargetEntry;
import vn.ansinh.programme.NewProgramme;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.ProgrammeItem;
import vn.ansinh.programme.ProgrammeSection;
import vn.ansinh.programme.Programmes;
import vn.ansinh.programme.Signatory;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.TargetFigure;
import vn.ansinh.targets.TargetValues;

/** Writes a whole programme file: references, the programme and its text, targets, tables. */
@Component
class ProgrammeWriter {

    private final ReferenceWriter references;
    private final TableWriter tables;
    private final Programmes programmes;
    private final TargetValues values;

    ProgrammeWriter(ReferenceWriter references, TableWriter tables, Programmes programmes, TargetValues values) {
        this.references = references;
        this.tables = tables;
        this.programmes = programmes;
        this.values = values;
    }

    /** The new programme, unless an error was found; the caller rolls back on errors. */
    Optional<Programme> write(ProgrammeFile file, String sourceName, Errors errors, Tally tally) {
        References refs = references.references(errors);
        references.write(file, refs, errors, tally);
        ProgrammeEntry entry = file.programme();
        if (entry == null) {
            return Optional.empty();
        }
        Long unit = refs.unit(entry.coordinatingUnit(), entry.where(), "coordinatingUnit");
        if (unit == null) {
            return Optional.empty();
        }
        if (programmes.exists(unit, entry.year(), entry.document().symbol())) {
            errors.add(entry.where(), "year", "intake.programme.exists", entry.coordinatingUnit(), entry.year());
            return Optional.empty();
        }
        List<Signatory> signatories = new ArrayList<>();
        for (SignatoryEntry signatory : entry.signatories()) {
            Long organisation = refs.organisation(signatory.organisation(), signatory.where(), "organisation");
            if (organisation != null) {
                signatories.add(new Signatory(organisation, signatory.label()));
            }
        }
        Programme programme = programmes.create(new NewProgramme(unit, entry.year(), entry.document(), entry.title(),
                entry.preamble(), sections(entry.sections()), entry.closing(), entry.distributionHeading(),
                entry.recipients(), entry.signatureHeading(), signatories, sourceName));
        tally.programmes++;
        file.targets().forEach(target -> target(target, entry.year(), refs, errors, tally));
        tables.write(file, programme, refs, errors, tally);
        return Optional.of(programme);
    }

    private void target(TargetEntry entry, int year, References refs, Errors errors, Tally tally) {
        Long indicator = refs.indicator(entry.indicator(), entry.where(), "indicator");
        Long unit = refs.unit(entry.unit(), entry.where(), "unit");
        Long organisation = refs.organisation(entry.organisation(), entry.where(), "organisation");
        if (indicator == null || unit == null || (entry.organisation() != null && organisation == null)) {
            return;
        }
        if (!values.recordTarget(new FigureKey(indicator, unit, organisation), year, new TargetFigure(entry.value(), entry.plan()))) {
            errors.add(entry.where(), "value", "intake.target.conflict", entry.indicator(), entry.unit(), year);
        }
        tally.figures++;
    }

    private static List<ProgrammeSection> sections(List<SectionEntry> entries) {
        return entries.stream().map(s -> new ProgrammeSection(s.heading(), s.kind(), s.domain(), s.party(),
                s.items().stream().map(ProgrammeWriter::item).toList(), sections(s.sections()))).toList();
    }

    private static ProgrammeItem item(ItemEntry item) {
        return new ProgrammeItem(item.marker(), item.text());
    }
}
