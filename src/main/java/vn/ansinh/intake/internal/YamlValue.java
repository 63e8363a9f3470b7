package vn.ansinh.intake.internal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import vn.ansinh.shared.VietnameseNumbers;

/**
 * A value of a YAML file with its place, read leniently: a wrong or missing value records an
 * error and reads as null, so one pass finds every error of the file.
 */
final class YamlValue {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final Node node;
    private final Where where;
    private final Errors errors;

    YamlValue(Node node, Where where, Errors errors) {
        this.node = node;
        this.where = where;
        this.errors = errors;
    }

    Where where() {
        return where;
    }

    Errors errors() {
        return errors;
    }

    boolean isMap() {
        return node instanceof MappingNode;
    }

    boolean isList() {
        return node instanceof SequenceNode;
    }

    /** YAML null, or blank text: both mean "not given". */
    boolean isNull() {
        return node instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.NULL) || scalar.getValue().isBlank());
    }

    /** The value of a key, or null (with an error) when the key is missing. */
    YamlValue required(String key) {
        YamlValue value = optional(key);
        if (value == null) {
            errors.add(where, key, "intake.field.missing");
        }
        return value;
    }

    /** The value of a key, or null when the key is missing or its value is empty. */
    YamlValue optional(String key) {
        if (!(node instanceof MappingNode map)) {
            return null;
        }
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                YamlValue value = new YamlValue(tuple.getValueNode(), where.child(key, line(tuple.getValueNode())), errors);
                return value.isNull() ? null : value;
            }
        }
        return null;
    }

    /** Whether the key is given at all, even with an empty value ("marker: \"\""). */
    boolean has(String key) {
        return node instanceof MappingNode map && map.getValue().stream()
                .anyMatch(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key));
    }

    /** Records an error for every key that is not one of these, and for keys given twice. */
    YamlValue allow(String... keys) {
        if (!(node instanceof MappingNode map)) {
            errors.add(where, "", "intake.field.notMap");
            return this;
        }
        Set<String> allowed = new HashSet<>(Arrays.asList(keys));
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
            Where at = where.child(key, line(tuple.getKeyNode()));
            if (!allowed.contains(key)) {
                errors.add(at, key, "intake.field.unknown", String.join(", ", keys));
            } else if (!seen.add(key)) {
                errors.add(at, key, "intake.field.repeated");
            }
        }
        return this;
    }

    /** The elements of a list; a non-list records an error and reads as empty. */
    List<YamlValue> elements(String field) {
        if (!(node instanceof SequenceNode list)) {
            errors.add(where, field, "intake.field.notList");
            return List.of();
        }
        List<YamlValue> elements = new ArrayList<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            Node element = list.getValue().get(i);
            elements.add(new YamlValue(element, where.element(i, line(element)), errors));
        }
        return elements;
    }

    List<YamlValue> list(String key, boolean required) {
        YamlValue value = required ? required(key) : optional(key);
        return value == null ? List.of() : value.elements(key);
    }

    /** A scalar as text (NFC, trimmed, inner runs of spaces folded), or null with an error. */
    String text(String field) {
        if (!(node instanceof ScalarNode scalar)) {
            errors.add(where, field, "intake.field.notText");
            return null;
        }
        return clean(scalar.getValue());
    }

    String text(String key, boolean required) {
        YamlValue value = required ? required(key) : optional(key);
        return value == null ? null : value.text(key);
    }

    /** Text, or several lines of text given as a list and joined with line breaks. */
    String lines(String key) {
        YamlValue value = required(key);
        if (value == null) {
            return null;
        }
        if (!value.isList()) {
            return value.text(key);
        }
        return value.elements(key).stream().map(v -> v.text(key)).map(String::valueOf).collect(Collectors.joining("\n"));
    }

    /** A number as printed ("3.971", "9,92") or a plain YAML number; null with an error otherwise. */
    BigDecimal number(String field) {
        if (!(node instanceof ScalarNode scalar)) {
            errors.add(where, field, "intake.field.notText");
            return null;
        }
        String text = scalar.getValue().strip();
        if (scalar.getTag().equals(Tag.FLOAT)) {
            // An unquoted 3.971 reads as a YAML decimal, though Vietnamese print means 3971: refuse
            // the guess and ask for the printed form in quotes.
            boolean readable = text.matches("-?\\d+\\.\\d+");
            errors.add(where, field, readable ? "intake.number.unquoted" : "intake.number.invalid", text);
            return null;
        }
        return VietnameseNumbers.parse(text).orElseGet(() -> {
            errors.add(where, field, "intake.number.invalid", text);
            return null;
        });
    }

    BigDecimal number(String key, boolean required) {
        YamlValue value = required ? required(key) : optional(key);
        return value == null ? null : value.number(key);
    }

    Integer integer(String key, boolean required) {
        YamlValue value = required ? required(key) : optional(key);
        BigDecimal number = value == null ? null : value.number(key);
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0 || number.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            errors.add(value.where, key, "intake.integer.invalid", number.toPlainString());
            return null;
        }
        return number.intValue();
    }

    /** A day as printed in Vietnamese documents ("01/01/2020"); an impossible day (31/06) is refused. */
    LocalDate date(String key, boolean required) {
        YamlValue value = required ? required(key) : optional(key);
        String text = value == null ? null : value.text(key);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            errors.add(value.where, key, "intake.date.invalid", text);
            return null;
        }
    }

    /** An enum constant by name, case and dashes aside ("baseline", "COMMUNE"). */
    <E extends Enum<E>> E choice(String key, Class<E> type, boolean required) {
        YamlValue value = required ? required(key) : optional(key);
        String text = value == null ? null : value.text(key);
        if (text == null) {
            return null;
        }
        String name = text.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        errors.add(value.where, key, "intake.choice.invalid", text, allowed);
        return null;
    }

    static String clean(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("[ \\t]+", " ");
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
