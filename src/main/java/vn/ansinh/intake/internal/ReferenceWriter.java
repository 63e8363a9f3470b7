package vn.ansinh.intake.internal;

import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.ansinh.intake.internal.ProgrammeFile.IndicatorEntry;
import vn.ansinh.intake.internal.ProgrammeFile.OrganisationEntry;
import vn.ansinh.intake.internal.ProgrammeFile.UnitEntry;
import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.partners.Partners;
import vn.ansinh.targets.Indicator;
import vn.ansinh.targets.Indicators;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * Writes the file's units, organisations, successions and indicators. One already in the database under the
 * same code is reused when it says the same, and is an error when it says something else.
 */
@Component
class ReferenceWriter {

    private final Units units;
    private final Partners partners;
    private final Indicators indicators;
    private final SuccessionWriter successions;

    ReferenceWriter(Units units, Partners partners, Indicators indicators, SuccessionWriter successions) {
        this.units = units;
        this.partners = partners;
        this.indicators = indicators;
        this.successions = successions;
    }

    References references(Errors errors) {
        return new References(errors, code -> units.byCode(code).map(AdministrativeUnit::id),
                code -> partners.byCode(code).map(PartnerOrganisation::id),
                code -> indicators.byCode(code).map(Indicator::id));
    }

    void write(ProgrammeFile file, References refs, Errors errors, Tally tally) {
        file.units().forEach(unit -> unit(unit, refs, errors, tally));
        file.organisations().forEach(organisation -> organisation(organisation, refs, errors, tally));
        // After the organisations: recording a merge moves the merged units' organisations on, as it does by hand.
        file.successions().forEach(succession -> successions.write(succession, refs, errors, tally));
        file.indicators().forEach(indicator -> indicator(indicator, refs, errors, tally));
    }

    private void unit(UnitEntry entry, References refs, Errors errors, Tally tally) {
        Long parent = entry.parentCode() == null ? null : refs.unit(entry.parentCode(), entry.where(), "code");
        AdministrativeUnit existing = units.byCode(entry.code()).orElse(null);
        if (existing != null) {
            if (existing.kind() != entry.kind() || !existing.name().equals(entry.name())
                    || !Objects.equals(existing.parentId(), parent)) {
                errors.add(entry.where(), "code", "intake.unit.conflict", entry.code(), existing.name());
            }
            refs.unit(entry.code(), existing.id());
            return;
        }
        refs.unit(entry.code(), units.add(new AdministrativeUnit(null, parent, entry.kind(), entry.code(), entry.name(),
                entry.from(), entry.until(), entry.gsoCode())).id());
        tally.units++;
    }

    private void organisation(OrganisationEntry entry, References refs, Errors errors, Tally tally) {
        Long unit = refs.unit(entry.unitCode(), entry.where(), "unit");
        Long parent = entry.parentCode() == null ? null : refs.organisation(entry.parentCode(), entry.where(), "code");
        if (unit == null) {
            return;
        }
        PartnerOrganisation existing = partners.byCode(entry.code()).orElse(null);
        if (existing != null) {
            if (existing.kind() != entry.kind() || !existing.name().equals(entry.name())
                    || !successions.sameUnit(existing, unit) || !existing.shortName().equals(entry.shortName())) {
                errors.add(entry.where(), "code", "intake.organisation.conflict", entry.code(), existing.name());
            }
            refs.organisation(entry.code(), existing.id());
            return;
        }
        refs.organisation(entry.code(), partners.add(PartnerOrganisation.create(unit, parent, entry.kind(), entry.code(),
                entry.name(), entry.shortName())).id());
        tally.organisations++;
    }

    private void indicator(IndicatorEntry entry, References refs, Errors errors, Tally tally) {
        Long part = refs.indicator(entry.part(), entry.where(), "part");
        Long whole = refs.indicator(entry.whole(), entry.where(), "whole");
        Indicator wanted = new Indicator(null, entry.code(), entry.nameVi(), entry.nameEn(), entry.domain(),
                entry.measure(), entry.aggregation(), part, whole);
        Indicator existing = indicators.byCode(entry.code()).orElse(null);
        if (existing != null) {
            if (!existing.sameDefinitionAs(wanted)) {
                errors.add(entry.where(), "code", "intake.indicator.conflict", entry.code());
            }
            refs.indicator(entry.code(), existing.id());
            return;
        }
        refs.indicator(entry.code(), indicators.add(wanted).id());
        tally.indicators++;
    }
}
