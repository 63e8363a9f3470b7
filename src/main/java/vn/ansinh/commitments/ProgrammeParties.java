package vn.ansinh.commitments;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ansinh.partners.OrganisationKind;
import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.partners.Partners;
import vn.ansinh.programme.PartyRole;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Party;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * The parties a programme binds, as its section II names them: the coordinating unit's people's committee, the
 * Fatherland Front and the mass associations at the coordinating unit (not its people's committee, not a grouping
 * of «other associations»), and the people's committee of each member unit in force in the programme's year.
 */
@Component
public class ProgrammeParties {

    private static final Set<OrganisationKind> FRONT_AND_ASSOCIATIONS = EnumSet.complementOf(
            EnumSet.of(OrganisationKind.PEOPLES_COMMITTEE, OrganisationKind.OTHER));

    private final Programmes programmes;
    private final Units units;
    private final Partners partners;

    ProgrammeParties(Programmes programmes, Units units, Partners partners) {
        this.programmes = programmes;
        this.units = units;
        this.partners = partners;
    }

    /** The programme's parties in the order section II names them; none for a programme that does not exist. */
    public List<ProgrammeParty> of(long programmeId) {
        Optional<Programme> found = programmes.byId(programmeId, AccessScope.everything());
        if (found.isEmpty()) {
            return List.of();
        }
        Programme programme = found.get();
        long coordinating = programme.coordinatingUnitId();
        // all, not only those going on: a programme of 2019 binds the organisations of 2019, merged since or not
        List<PartnerOrganisation> organisations = partners.all().stream()
                .filter(o -> o.unitId() != null && o.parentId() == null).toList();
        List<ProgrammeParty> parties = new ArrayList<>();
        units.byId(coordinating).ifPresent(u -> parties.add(
                unitParty(u, PartyRole.COORDINATING_COMMITTEE, organisations)));
        organisations.stream().filter(o -> o.unitId() == coordinating && FRONT_AND_ASSOCIATIONS.contains(o.kind()))
                .forEach(o -> parties.add(organisationParty(o)));
        units.members(coordinating, programme.programmeYear())
                .forEach(u -> parties.add(unitParty(u, PartyRole.MEMBER_COMMITTEES, organisations)));
        return List.copyOf(parties);
    }

    /** The programme's parties a duty written for this role binds; every party for the duties all share. */
    public List<ProgrammeParty> bound(long programmeId, PartyRole role) {
        return of(programmeId).stream().filter(p -> p.boundBy(role)).toList();
    }

    public Optional<ProgrammeParty> find(long programmeId, Party party) {
        return of(programmeId).stream().filter(p -> p.party().equals(party)).findFirst();
    }

    /** The parties the scope writes for: whose commitments, reports and action items the user keeps. */
    public List<ProgrammeParty> writable(long programmeId, AccessScope scope) {
        return of(programmeId).stream().filter(p -> p.party().writableIn(scope)).toList();
    }

    /** A unit acts through its people's committee: named as the committee is («UBND xã Cam An») where it is listed. */
    private static ProgrammeParty unitParty(AdministrativeUnit unit, PartyRole role,
            List<PartnerOrganisation> organisations) {
        String name = organisations.stream()
                .filter(o -> o.unitId() == unit.id().longValue() && o.kind() == OrganisationKind.PEOPLES_COMMITTEE)
                .map(PartnerOrganisation::shortName).findFirst().orElse(unit.name());
        return new ProgrammeParty(Party.unit(unit.id()), role, unit.code(), name);
    }

    private static ProgrammeParty organisationParty(PartnerOrganisation organisation) {
        return new ProgrammeParty(Party.organisation(organisation.id()), PartyRole.FRONT_AND_ASSOCIATIONS,
                organisation.code(), organisation.shortName());
    }
}
