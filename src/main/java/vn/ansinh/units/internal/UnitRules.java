package vn.ansinh.units.internal;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitDraft;

/**
 * What a unit must be: a unique code of letters, digits, dots and dashes; a name; a kind; a
 * parent that exists and is not the unit itself or below it; valid-to not before valid-from.
 * Problems are keyed by the form's field names.
 */
@Component
public class UnitRules {

    public static final int MAX_CODE = 40;
    public static final int MAX_NAME = 200;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9.-]+");

    private final UnitRepository repository;

    UnitRules(UnitRepository repository) {
        this.repository = repository;
    }

    /** The problems of a new unit (id null) or of a change to unit id, whose code is not checked: it stays. */
    public FieldProblems check(Long id, UnitDraft draft) {
        FieldProblems problems = new FieldProblems();
        if (id == null) {
            problems.code("code", draft.code(), CODE, "catalogue.code.pattern", MAX_CODE,
                    code -> repository.findByCode(code).isPresent());
        }
        problems.text("name", draft.name(), MAX_NAME).required("kind", draft.kind())
                .parent("parentId", id, draft.parentId(), repository::existsById, this::parentOf, "unit");
        if (draft.validFrom() != null && draft.validTo() != null && draft.validTo().isBefore(draft.validFrom())) {
            problems.add("validTo", "unit.validTo.beforeFrom");
        }
        return problems;
    }

    private Long parentOf(Long id) {
        return repository.findById(id).map(AdministrativeUnit::parentId).orElse(null);
    }
}
