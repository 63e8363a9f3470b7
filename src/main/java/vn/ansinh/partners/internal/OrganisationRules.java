package vn.ansinh.partners.internal;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.ansinh.partners.OrganisationDraft;
import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.units.Units;

/**
 * What an organisation must be: at a unit that exists; a unique code of letters, digits, dots and
 * dashes; a kind, a name and a short name; a branch of an organisation that exists and is not the
 * organisation itself or one of its own branches. Problems are keyed by the form's field names.
 */
@Component
public class OrganisationRules {

    public static final int MAX_CODE = 40;
    public static final int MAX_NAME = 300;
    public static final int MAX_SHORT_NAME = 100;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9.-]+");

    private final OrganisationRepository repository;
    private final Units units;

    OrganisationRules(OrganisationRepository repository, Units units) {
        this.repository = repository;
        this.units = units;
    }

    /** The problems of a new organisation (id null) or of a change to organisation id, whose code stays. */
    public FieldProblems check(Long id, OrganisationDraft draft) {
        FieldProblems problems = new FieldProblems().required("unitId", draft.unitId());
        if (draft.unitId() != null && units.byId(draft.unitId()).isEmpty()) {
            problems.add("unitId", "organisation.unit.unknown");
        }
        if (id == null) {
            problems.code("code", draft.code(), CODE, "catalogue.code.pattern", MAX_CODE,
                    code -> repository.findByCode(code).isPresent());
        }
        problems.required("kind", draft.kind()).text("name", draft.name(), MAX_NAME)
                .text("shortName", draft.shortName(), MAX_SHORT_NAME)
                .parent("parentId", id, draft.parentId(), repository::existsById, this::parentOf, "organisation");
        return problems;
    }

    private Long parentOf(Long id) {
        return repository.findById(id).map(PartnerOrganisation::parentId).orElse(null);
    }
}
