package vn.ansinh.datacopy.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A table to copy: its columns, its primary key (the order rows are read and compared in), what it references. */
public record Table(String name, List<String> columns, List<String> key, Set<String> parents, Set<String> selfReferences) {

    /** Rows in a fixed order on both databases, so their digests can be compared. */
    public String select() {
        List<String> order = key.isEmpty() ? columns : key;
        return "select " + String.join(", ", columns) + " from " + name + " order by " + String.join(", ", order);
    }

    public String insert() {
        return "insert into " + name + " (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** A row that names a row of its own table later in the order is linked once all are in. */
    public String link(String column) {
        return "update " + name + " set " + column + " = ? where "
                + key.stream().map(k -> k + " = ?").collect(Collectors.joining(" and "));
    }
}
