package vn.ansinh.shared;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What is wrong with the values of a form, by field: a message key and its arguments, the first
 * problem found for each field (the one shown beside it). Collected while checking; empty means
 * the values may be saved. The generic checks (required, length, code pattern) live here so every
 * catalogue says them alike.
 */
public final class FieldProblems {

    /** One message: its key in the message files and the arguments that fill it. */
    public record Problem(String key, List<Object> arguments) {

        /** The first argument ({0} of the message), or an empty text: forms' messages take at most one. */
        public Object argument() {
            return arguments.isEmpty() ? "" : arguments.get(0);
        }
    }

    private final Map<String, Problem> byField = new LinkedHashMap<>();

    /** Adds a problem to a field that has none yet. */
    public FieldProblems add(String field, String key, Object... arguments) {
        byField.putIfAbsent(field, new Problem(key, List.of(arguments)));
        return this;
    }

    /** Adds the problems of the given fields that have none yet. */
    /**
     * What a form's binding could not read, beside the field the page shows (shownField maps the bound name): a
     * day as {@link Dates} says it («31/06/2026 không phải là ngày có thật»), anything else with unreadableKey.
     */
    public FieldProblems unreadable(BindingResult binding, UnaryOperator<String> shownField, String unreadableKey) {
        for (FieldError error : binding.getFieldErrors()) {
            String text = String.valueOf(error.getRejectedValue());
            String dayProblem = LocalDate.class.equals(binding.getFieldType(error.getField())) ? Dates.read(text).problem() : null;
            add(shownField.apply(error.getField()), dayProblem != null ? dayProblem : unreadableKey, text);
        }
        return this;
    }

    public FieldProblems addAll(FieldProblems other) {
        other.byField.forEach(byField::putIfAbsent);
        return this;
    }

    /** A value that must be given. */
    public FieldProblems required(String field, Object value) {
        return value == null ? add(field, "catalogue.required") : this;
    }

    /** A text that must be given (not blank) and may be at most maxLength characters long. */
    public FieldProblems text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return add(field, "catalogue.required");
        }
        return value.strip().length() > maxLength ? add(field, "catalogue.tooLong", maxLength) : this;
    }

    /**
     * A new code: required, at most maxLength characters of the given pattern (which the message
     * patternKey describes), and not taken yet.
     */
    public FieldProblems code(String field, String value, Pattern allowed, String patternKey, int maxLength,
            Predicate<String> taken) {
        text(field, value, maxLength);
        if (!has(field) && !allowed.matcher(value.strip()).matches()) {
            add(field, patternKey, maxLength);
        }
        return has(field) || !taken.test(value.strip()) ? this : add(field, "catalogue.code.taken", value.strip());
    }

    /**
     * The parent of a record in a tree (none is fine): it must exist and, when the record id
     * exists already, must not be the record or lie below it. The messages are keyPrefix +
     * ".parent.unknown" and ".parent.cycle".
     */
    public FieldProblems parent(String field, Long id, Long parentId, Predicate<Long> exists,
            UnaryOperator<Long> parentOf, String keyPrefix) {
        if (parentId == null) {
            return this;
        }
        if (!exists.test(parentId)) {
            return add(field, keyPrefix + ".parent.unknown");
        }
        boolean cycle = id != null && ParentChains.wouldCycle(id, parentId, parentOf);
        return cycle ? add(field, keyPrefix + ".parent.cycle") : this;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** The problem of a field, or null: what a template shows beside the field. */
    public Problem of(String field) {
        return byField.get(field);
    }

    public Map<String, Problem> byField() {
        return Collections.unmodifiableMap(byField);
    }

    @Override
    public String toString() {
        return byField.toString();
    }
}
