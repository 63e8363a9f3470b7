package vn.ansinh.shared.lists;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STSheetState;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The rows of an XLSX list read as a stream of XML, never as a workbook in memory: a district's list (over
 * 100.000 rows) takes the memory of its text, not of POI's object model of it. Cells as {@link XlsxRows}
 * shows them: dates as yyyy-mm-dd, whole numbers without separators; hidden sheets skipped; a sheet that
 * repeats the first sheet's header continues the list. A cell longer than Excel allows refuses the file.
 */
final class XlsxStream {

    /** Excel's last column, XFD. */
    private static final int MAX_COLUMN = 16_383;

    private XlsxStream() {
    }

    static List<TabularRow> rows(byte[] content) throws Exception {
        Path file = Files.createTempFile("ansinh-upload", ".xlsx");
        try {
            Files.write(file, content);
            return rows(file.toFile());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static List<TabularRow> rows(File file) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Set<String> hidden = hidden(reader);
            Rows rows = new Rows();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (!hidden.contains(sheets.getSheetName())) {
                        rows.sheet(sheets.getSheetName());
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows,
                                new ListFormatter(), false));
                        parser.parse(new InputSource(sheet));
                    }
                }
            }
            return rows.read;
        }
    }

    /** A template's drop-down lists are on hidden sheets: not data. */
    private static Set<String> hidden(XSSFReader reader) throws Exception {
        Set<String> hidden = new HashSet<>();
        try (InputStream workbook = reader.getWorkbookData()) {
            for (CTSheet sheet : WorkbookDocument.Factory.parse(workbook, POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
                    .getWorkbook().getSheets().getSheetArray()) {
                if (sheet.getState() == STSheetState.HIDDEN || sheet.getState() == STSheetState.VERY_HIDDEN) {
                    hidden.add(sheet.getName());
                }
            }
        }
        return hidden;
    }

    /** Numbers as the list reader expects them, whatever the cell's format says. */
    private static final class ListFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e18) {
                return String.valueOf((long) value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /** Collects rows as the parser reports them; a sheet's first row equal to the list's header is skipped. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<TabularRow> read = new ArrayList<>();
        private List<String> header;
        private boolean headerSeen;
        private String sheet;
        private List<String> cells;

        void sheet(String name) {
            sheet = name;
            headerSeen = false;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            TabularRow row = new TabularRow(sheet, rowNum + 1, List.copyOf(cells));
            if (row.blank()) {
                read.add(row);
                return;
            }
            boolean repeated = header != null && !headerSeen && row.cells().equals(header);
            if (header == null) {
                header = row.cells();
            }
            headerSeen = true;
            if (!repeated) {
                read.add(row);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            CellReference at = new CellReference(reference);
            if (at.getCol() > MAX_COLUMN) {
                throw FileRefused.at(sheet, at.getRow() + 1, "", "upload.file.broken");
            }
            String text = value == null ? "" : value.replace('\u00a0', ' ').strip();
            if (text.length() > OfficeFiles.MAX_CELL_CHARACTERS) {
                throw FileRefused.at(sheet, at.getRow() + 1, CellReference.convertNumToColString(at.getCol()),
                        "upload.file.cellTooLong", text.length(), OfficeFiles.MAX_CELL_CHARACTERS);
            }
            while (cells.size() < at.getCol()) {
                cells.add("");
            }
            if (cells.size() == at.getCol()) {
                cells.add(text);
            }
        }
    }
}
