package vn.ansinh.apportionment.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import vn.ansinh.apportionment.ApportionmentException;
import vn.ansinh.apportionment.ApportionmentPlanner;
import vn.ansinh.apportionment.Choices;
import vn.ansinh.apportionment.ColumnChoice;
import vn.ansinh.apportionment.Preview;
import vn.ansinh.apportionment.ProgrammeTables;
import vn.ansinh.apportionment.internal.OrganisationParts;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.CodedException;
import vn.ansinh.shared.Fraction;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.units.UnitNames;

/**
 * What the apportionment page shows: the choices, the form filled in as typed, and the preview once asked
 * for. A split that cannot be made is said beside the field it comes from (the whole, the base, the target,
 * the commune), or above the form when it concerns none.
 */
@Component
class ApportionmentPage {

    /** The field of the form each refusal concerns, by the start of its message key. */
    private static final Map<String, String> FIELD_OF = fields();

    private final ApportionmentPlanner planner;
    private final MessageSource messages;
    private final UnitNames unitNames;

    ApportionmentPage(ApportionmentPlanner planner, MessageSource messages, UnitNames unitNames) {
        this.planner = planner;
        this.messages = messages;
        this.unitNames = unitNames;
    }

    /** 404 for a programme the user may not read, as for one that does not exist. */
    ProgrammeTables tables(long programmeId, AccessScope scope) {
        return planner.tables(programmeId, scope)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "programme"));
    }

    void fill(Model model, ProgrammeTables tables, ApportionmentForm asked, AccessScope scope, boolean admin,
            Locale locale) {
        Choices choices = planner.choices(tables, asked.table());
        ApportionmentForm chosen = completed(asked, choices);
        Optional<String> tableWhole = offeredWhole(tables, chosen);
        ApportionmentForm form = chosen.wholeIsStale() ? chosen.withWhole(tableWhole.orElse(null)) : chosen;
        model.addAttribute("programme", tables.programme());
        model.addAttribute("programmeId", tables.programme().id());
        model.addAttribute("choices", choices);
        model.addAttribute("organisationBases", OrganisationParts.baseKeys(choices.hasPreviousYear()));
        model.addAttribute("form", form);
        model.addAttribute("whole", form.whole() != null ? form.whole() : tableWhole.orElse(""));
        model.addAttribute("wholeRefreshed", chosen.wholeIsStale() && chosen.previewAsked());
        model.addAttribute("canConfirm", form.communes() ? admin : form.commune() != null && scope.canWrite(form.commune()));
        Map<String, String> problems = new LinkedHashMap<>();
        model.addAttribute("problems", problems);
        if (form.previewAsked()) {
            try {
                Preview preview = preview(tables, form, scope);
                model.addAttribute("preview", PreviewView.of(preview,
                        messages.getMessage("apportionment.total", null, locale), communeNames(choices, form)));
                model.addAttribute("version", planner.version(preview));
                tableWhole.filter(w -> Long.parseLong(w) != whole(form.whole())).ifPresent(w -> model.addAttribute(
                        "wholeDiffers", VietnameseNumbers.formatAmount(new BigDecimal(w))));
            } catch (ApportionmentException e) {
                String field = fieldOf(e);
                if (field == null) {
                    model.addAttribute("error", message(e, locale));
                } else {
                    problems.put(field, message(e, locale));
                }
            }
        }
    }

    /** A split among communes names each row as the page names its commune; organisations keep their names. */
    private UnaryOperator<String> communeNames(Choices choices, ApportionmentForm form) {
        if (!form.communes()) {
            return UnaryOperator.identity();
        }
        return label -> choices.communes().stream().filter(c -> c.label().equals(label)).findFirst()
                .map(c -> unitNames.label(c.unitId(), label)).orElse(label);
    }

    /** The field a refusal is said beside, or null for one said above the form. */
    static String fieldOf(ApportionmentException e) {
        return FIELD_OF.entrySet().stream().filter(f -> e.code().startsWith(f.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("apportionment.whole.", "whole");
        fields.put("apportionment.base.", "base");
        fields.put("apportionment.column.", "target");
        fields.put("apportionment.commune.", "commune");
        fields.put("apportionment.rows.", "commune");
        fields.put("apportionment.table.", "table");
        return fields;
    }

    /** The preview of the form's split, computed afresh; the same for the page and for the confirmation. */
    Preview preview(ProgrammeTables tables, ApportionmentForm form, AccessScope scope) {
        long whole = whole(form.whole());
        if (form.communes()) {
            return planner.communes(tables, form.target(), form.base(), whole);
        }
        if (form.commune() == null) {
            throw new ApportionmentException("apportionment.commune.unknown", "");
        }
        return planner.organisations(tables, form.table(), form.commune(), form.base(), whole, scope);
    }

    String message(CodedException e, Locale locale) {
        return message(e.code(), e, locale);
    }

    /** The message of the key, filled with the refusal's arguments. */
    String message(String key, CodedException e, Locale locale) {
        return messages.getMessage(key, e.arguments().toArray(), locale);
    }

    /** The form with the first target, table and commune chosen where the user has not chosen yet. */
    private static ApportionmentForm completed(ApportionmentForm form, Choices choices) {
        String target = form.target() != null ? form.target()
                : choices.targets().stream().findFirst().map(ColumnChoice::key).orElse(null);
        Long commune = form.commune() != null ? form.commune()
                : choices.communes().stream().findFirst().map(Choices.UnitChoice::unitId).orElse(null);
        return form.withTarget(target).withPlace(choices.organisationTable(), commune);
    }

    /** The whole as it stands: the target column's total, or the commune's committed exits. */
    private Optional<String> offeredWhole(ProgrammeTables tables, ApportionmentForm form) {
        try {
            Optional<Fraction> whole = form.communes()
                    ? form.target() == null ? Optional.empty() : planner.currentTotal(tables, form.target())
                    : form.commune() == null ? Optional.empty() : planner.committed(tables, form.table(), form.commune());
            return whole.filter(Fraction::isInteger).map(w -> w.round(0).toPlainString());
        } catch (ApportionmentException e) {
            return Optional.empty();
        }
    }

    /** A whole number as typed, Vietnamese style ("1.200") or plain. */
    static long whole(String text) {
        BigDecimal value = text == null ? null : VietnameseNumbers.parse(text).orElse(null);
        try {
            if (value == null) {
                throw new ArithmeticException();
            }
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new ApportionmentException("apportionment.whole.invalid", String.valueOf(text));
        }
    }
}
