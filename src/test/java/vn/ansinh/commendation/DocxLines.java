package vn.ansinh.commendation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/** A DOCX as lines, as documents' DocumentText reads one: a paragraph a line, a table row its cells joined by spaces. */
final class DocxLines {

    private DocxLines() {
    }

    static List<String> of(byte[] content) throws IOException {
        List<String> lines = new ArrayList<>();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content))) {
            for (IBodyElement element : docx.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    lines.add(paragraph.getText().strip());
                } else if (element instanceof XWPFTable table) {
                    table.getRows().forEach(row -> lines.add(String.join(" ", row.getTableCells().stream()
                            .map(DocxLines::cell).filter(t -> !t.isEmpty()).toList())));
                }
            }
        }
        return lines.stream().filter(l -> !l.isEmpty()).toList();
    }

    private static String cell(XWPFTableCell cell) {
        return String.join(" ", cell.getParagraphs().stream().map(p -> p.getText().strip()).filter(t -> !t.isEmpty())
                .toList());
    }
}
