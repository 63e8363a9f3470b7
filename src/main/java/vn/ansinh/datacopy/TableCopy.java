package vn.ansinh.datacopy;

/** One table as copied: its rows on each side and whether their digests agree. */
public record TableCopy(String table, long sourceRows, long targetRows, boolean sameRows) {

    public boolean matches() {
        return sourceRows == targetRows && sameRows;
    }
}
