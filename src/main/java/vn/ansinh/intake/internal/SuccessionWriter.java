package vn.ansinh.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.ansinh.intake.internal.ProgrammeFile.SuccessionEntry;
import vn.ansinh.partners.OrganisationsFollowUnits;
import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.units.InvalidUnitException;
import vn.ansinh.units.SuccessionDraft;
import vn.ansinh.units.UnitSuccessions;

/**
 * Records the changes of units a file states, through the same rules as one entered by hand (a change already
 * recorded, the same file imported again, is left as it is).
 */
@Component
class SuccessionWriter {

    private final UnitSuccessions successions;
    private final OrganisationsFollowUnits organisations;

    SuccessionWriter(UnitSuccessions successions, OrganisationsFollowUnits organisations) {
        this.successions = successions;
        this.organisations = organisations;
    }

    void write(SuccessionEntry entry, References refs, Errors errors, Tally tally) {
        Long successor = refs.unit(entry.successor(), entry.where(), "successor");
        List<Long> predecessors = new ArrayList<>();
        entry.predecessors().forEach(code -> predecessors.add(refs.unit(code, entry.where(), "predecessors")));
        if (successor == null || predecessors.contains(null)) {
            return;
        }
        try {
            if (successions.record(new SuccessionDraft(predecessors, successor, entry.effective(), entry.kind(),
                    entry.legalBasis()))) {
                tally.successions++;
            }
        } catch (InvalidUnitException e) {
            e.problems().byField().forEach((field, problem) ->
                    errors.add(entry.where(), field, problem.key(), problem.arguments().toArray()));
        }
    }

    /**
     * Whether an organisation in the database is at the file's unit: there, or moved on from it by a succession
     * (Cam An's People's Committee went on in Thanh An when the file's merge was recorded).
     */
    boolean sameUnit(PartnerOrganisation organisation, Long unit) {
        return Objects.equals(organisation.unitId(), unit) || organisations.history(organisation.id()).stream()
                .anyMatch(step -> Objects.equals(step.fromUnitId(), unit));
    }
}
