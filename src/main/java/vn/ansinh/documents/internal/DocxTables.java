package vn.ansinh.documents.internal;

import java.math.BigInteger;
import java.util.Arrays;

import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Tables of the DOCX with a fixed grid of column widths (twips), so that cells merged across
 * columns (gridSpan) and down rows (vMerge) line up in Word and LibreOffice alike.
 */
final class DocxTables {

    private DocxTables() {
    }

    /** An empty table over the given column widths, centred; without borders for layout grids. */
    static XWPFTable create(XWPFDocument docx, int[] widths, boolean borders) {
        XWPFTable table = docx.createTable();
        table.removeRow(0);
        if (!borders) {
            table.removeBorders();
        }
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        Arrays.stream(widths).forEach(w -> grid.addNewGridCol().setW(BigInteger.valueOf(w)));
        table.setWidth(String.valueOf(Arrays.stream(widths).sum()));
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTblPr properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        return table;
    }

    static XWPFTableRow row(XWPFTable table) {
        return table.insertNewTableRow(table.getNumberOfRows());
    }

    /** A cell over span columns of the grid, starting at column first. */
    static XWPFTableCell cell(XWPFTableRow row, int[] widths, int first, int span) {
        XWPFTableCell cell = row.createCell();
        CTTcPr properties = properties(cell);
        properties.addNewTcW().setW(BigInteger.valueOf(Arrays.stream(widths, first, first + span).sum()));
        properties.getTcW().setType(STTblWidth.DXA);
        if (span > 1) {
            properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        return cell;
    }

    /** Merges the cell with the cells below it: restart on the first, continue on the others. */
    static void mergeDown(XWPFTableCell cell, boolean first) {
        properties(cell).addNewVMerge().setVal(first ? STMerge.RESTART : STMerge.CONTINUE);
    }

    private static CTTcPr properties(XWPFTableCell cell) {
        CTTc tc = cell.getCTTc();
        return tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
    }
}
