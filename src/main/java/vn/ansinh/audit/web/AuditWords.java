package vn.ansinh.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

import tools.jackson.databind.JsonNode;
import vn.ansinh.shared.OfficeTime;

/**
 * Names in the audit log put into words: a kind of record, a field, a coded value. A code with a
 * message (a role, a classification, a report's state…) reads as that message; one without reads
 * as plain words, never as the code itself; a time reads in office time, a day as dd/MM/yyyy.
 */
final class AuditWords {

    /** The message families that name coded values, tried in turn. */
    private static final List<String> VALUE_PREFIXES = List.of("audit.value.", "role.", "poverty.classification.",
            "household.category.", "household.reason.", "household.end.reason.", "registry.measure.", "household.support.", "labour.kind.", "labour.place.",
            "report.state.", "review.outcome.", "poverty.area.", "unit.kind.", "organisation.kind.", "domain.",
            "aggregation.", "audit.action.");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z][A-Za-z]*Exception|[A-Z]+");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?Z");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern WORD_BREAK = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|_");

    private final MessageSource messages;

    AuditWords(MessageSource messages) {
        this.messages = messages;
    }

    String action(String action, Locale locale) {
        return message("audit.action." + action, locale, plain(action));
    }

    String entity(String type, Locale locale) {
        return message("audit.entity." + type, locale, plain(type));
    }

    /** A record's key in words: each coded part of a composite key («5/JOB_PLACEMENT/2015-3») named as a value. */
    String entityId(String id, Locale locale) {
        if (id == null || !id.contains("/")) {
            return id;
        }
        List<String> parts = new ArrayList<>();
        for (String part : id.split("/", -1)) {
            parts.add(CODE.matcher(part).matches() ? text(part, locale) : part);
        }
        return String.join(" / ", parts);
    }

    String field(String key, Locale locale) {
        return message("audit.field." + key, locale, plain(key));
    }

    /** A value in words: text as it is, a code by its name, yes or no, a list or record item by item. */
    String value(JsonNode node, Locale locale) {
        if (node == null || node.isNull()) {
            return "—";
        }
        if (node.isBoolean()) {
            return message("audit.value." + node.booleanValue(), locale, String.valueOf(node.booleanValue()));
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(value(item, locale)));
            return items.isEmpty() ? "—" : String.join("; ", items);
        }
        if (node.isObject()) {
            List<String> parts = new ArrayList<>();
            node.properties().forEach(p -> parts.add(field(p.getKey(), locale) + ": " + value(p.getValue(), locale)));
            return String.join(", ", parts);
        }
        return text(node.asString(), locale);
    }

    private String text(String text, Locale locale) {
        if (INSTANT.matcher(text).matches()) {
            return OfficeTime.minute(Instant.parse(text));
        }
        if (DATE.matcher(text).matches()) {
            return LocalDate.parse(text).format(DAY);
        }
        if (!CODE.matcher(text).matches()) {
            return text;
        }
        for (String prefix : VALUE_PREFIXES) {
            String named = messages.getMessage(prefix + text, null, null, locale);
            if (named != null) {
                return named;
            }
        }
        if (text.endsWith("Exception")) {
            return plain(text.substring(0, text.length() - "Exception".length()));
        }
        return text.chars().allMatch(Character::isUpperCase) ? text : plain(text);
    }

    private String message(String key, Locale locale, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }

    /** "displayName", "user_account", "HEALTH_CARE" → "display name", "user account", "health care". */
    static String plain(String code) {
        if (code == null) {
            return "";
        }
        return String.join(" ", WORD_BREAK.split(code.strip())).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
