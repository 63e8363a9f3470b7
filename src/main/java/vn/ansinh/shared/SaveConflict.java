package vn.ansinh.shared;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A refused save over a newer one as a page shows it: who saved the newer one and when, and each field side by
 * side — the saved value and the one the user typed — the differing ones marked, so the user chooses.
 */
public record SaveConflict(SavedVersion newer, List<Row> rows) {

    /**
     * One field: its label's message key, the saved value and the typed one; values of a choice are shown by the
     * message valuePrefix + value (none for plain text).
     */
    public record Row(String label, Object theirs, Object yours, String valuePrefix) {

        public boolean differs() {
            return !Objects.equals(shown(theirs), shown(yours));
        }

        /** As a reader compares them: a browser sends a textarea's line breaks as CR LF. */
        private static String shown(Object value) {
            return value == null ? "" : value.toString().replace("\r\n", "\n").strip();
        }
    }

    /**
     * The fields named in labels (a record component's name → its label's key), in that order, of the saved and
     * the typed record (of one type), those that differ: a long form's equal fields would hide the few that do;
     * valuePrefixes names the components that are choices.
     */
    public static SaveConflict of(SavedVersion newer, Record theirs, Record yours, Map<String, String> labels,
            Map<String, String> valuePrefixes) {
        List<Row> rows = new ArrayList<>();
        labels.forEach((component, label) -> rows.add(new Row(label, value(theirs, component), value(yours, component),
                valuePrefixes.get(component))));
        return new SaveConflict(newer, rows.stream().filter(Row::differs).toList());
    }

    private static Object value(Record record, String component) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(component)) {
                try {
                    c.getAccessor().setAccessible(true); // forms are package-private records of their web package
                    return c.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(component, e);
                }
            }
        }
        throw new IllegalArgumentException("no component " + component);
    }
}
