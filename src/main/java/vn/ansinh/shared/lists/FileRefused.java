package vn.ansinh.shared.lists;

import java.util.List;

/**
 * An uploaded file refused as a whole, before or while it is read: code is a message key, arguments fill it;
 * sheet, row and column say where, when the file has them (row 0: the file itself).
 */
public class FileRefused extends RuntimeException {

    private final String code;
    private final List<Object> arguments;
    private final String sheet;
    private final int row;
    private final String column;

    public FileRefused(String code, Object... arguments) {
        this(null, 0, "", code, arguments);
    }

    /** Refused at a place in the file: sheet (none for CSV), row as the file counts, column as it names it. */
    public static FileRefused at(String sheet, int row, String column, String code, Object... arguments) {
        return new FileRefused(sheet, row, column, code, arguments);
    }

    protected FileRefused(String sheet, int row, String column, String code, Object[] arguments) {
        super(code + " " + List.of(arguments), null, false, false);
        this.code = code;
        this.arguments = List.of(arguments);
        this.sheet = sheet;
        this.row = row;
        this.column = column;
    }

    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }

    public String sheet() {
        return sheet;
    }

    public int row() {
        return row;
    }

    public String column() {
        return column;
    }
}
