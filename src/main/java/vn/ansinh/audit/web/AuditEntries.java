package vn.ansinh.audit.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.internal.PersonalValues;
import vn.ansinh.shared.OfficeTime;

/**
 * Audit entries as a person reads them: the time in office time, the kind of record in words, and
 * the values before and after as a list of «field: old → new». The log keeps JSON (the CSV and the
 * API give it as it is); the page never shows it raw.
 */
@Component
class AuditEntries {

    private final JsonMapper json;
    private final AuditWords words;
    private final OfficeTime time;

    AuditEntries(JsonMapper json, MessageSource messages, OfficeTime time) {
        this.json = json;
        this.words = new AuditWords(messages);
        this.time = time;
    }

    /** One entry of the page: who, when, what, and each field that changed. */
    record Entry(long id, String occurredAt, String actor, String action, String entity, String entityId, Long unitId,
            List<Change> changes) {
    }

    /** A field with its value before (null when the record was created) and after (null when removed). */
    record Change(String field, String before, String after) {
    }

    List<Entry> of(List<AuditEvent> events, Locale locale) {
        return events.stream().map(e -> entry(e, locale)).toList();
    }

    /** The kinds of record for the filter, value → words. */
    Map<String, String> entityTypes(List<String> types, Locale locale) {
        Map<String, String> named = new LinkedHashMap<>();
        types.forEach(t -> named.put(t, words.entity(t, locale)));
        return named;
    }

    private Entry entry(AuditEvent event, Locale locale) {
        return new Entry(event.id(), time.format(event.occurredAt()), event.actor(),
                words.action(event.action(), locale), words.entity(event.entityType(), locale),
                words.entityId(event.entityId(), locale),
                event.unitId(), changes(event, locale));
    }

    private List<Change> changes(AuditEvent event, Locale locale) {
        if (PersonalValues.ERASED.equals(event.oldValue()) || PersonalValues.ERASED.equals(event.newValue())) {
            return List.of(new Change(words.field("personalDataErased", locale), null, null));
        }
        Map<String, String> before = fields(event.oldValue(), locale);
        Map<String, String> after = fields(event.newValue(), locale);
        Set<String> keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        boolean both = event.oldValue() != null && event.newValue() != null;
        List<Change> changes = new ArrayList<>();
        for (String key : keys) {
            String old = before.get(key);
            String now = after.get(key);
            if (!both || !Objects.equals(old, now)) {
                changes.add(new Change(words.field(key, locale), old, now));
            }
        }
        return changes;
    }

    /** The fields of a JSON value, each in words; a value that is no object is one field. */
    private Map<String, String> fields(String text, Locale locale) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return fields;
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (RuntimeException unreadable) {
            fields.put("value", text);
            return fields;
        }
        if (node.isObject()) {
            node.properties().forEach(p -> fields.put(p.getKey(), words.value(p.getValue(), locale)));
        } else {
            fields.put("value", words.value(node, locale));
        }
        return fields;
    }
}
