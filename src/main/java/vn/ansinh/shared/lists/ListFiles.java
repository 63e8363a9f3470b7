package vn.ansinh.shared.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * An uploaded list — XLSX, the older XLS, or CSV — as rows, or refused as a whole with what is wrong
 * ({@link FileRefused}): empty, broken, encrypted, foreign, hostile or larger inflated than ansinh reads.
 * XLSX is streamed (a district's list passes); CSV is read as it is iterated.
 */
public final class ListFiles {

    /** A list's XML may inflate to this much: a district's list of 100.000 rows takes about half of it. */
    public static final long MAX_INFLATED = 256L << 20;

    private ListFiles() {
    }

    /** The rows of the file; close it when done. CSV rows refuse the file (FileRefused) as they are read. */
    public static Rows open(byte[] content) {
        return switch (OfficeFiles.kind(content)) {
            case EMPTY -> throw new FileRefused("upload.file.empty");
            case XLSX -> new Rows(xlsx(content).iterator(), null);
            case OLE2 -> new Rows(xls(content).iterator(), null);
            case OTHER -> {
                CsvRows csv = new CsvRows(new ByteArrayInputStream(content));
                yield new Rows(csv, csv);
            }
        };
    }

    private static List<TabularRow> xlsx(byte[] content) {
        OfficeFiles.checkZip(content, MAX_INFLATED);
        try {
            return XlsxStream.rows(content);
        } catch (Exception | StackOverflowError e) {
            throw OfficeFiles.refusal(e);
        }
    }

    /** The older format, at most the upload's size, read whole: an encrypted XLSX is such a file too. */
    private static List<TabularRow> xls(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            return XlsxRows.of(workbook);
        } catch (Exception | StackOverflowError e) {
            throw OfficeFiles.refusal(e);
        }
    }

    /** The rows of an opened list. */
    public static final class Rows implements Iterator<TabularRow>, AutoCloseable {

        private final Iterator<TabularRow> rows;
        private final CsvRows csv;

        private Rows(Iterator<TabularRow> rows, CsvRows csv) {
            this.rows = rows;
            this.csv = csv;
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public TabularRow next() {
            return rows.next();
        }

        @Override
        public void close() throws IOException {
            if (csv != null) {
                csv.close();
            }
        }
    }
}
