package vn.ansinh.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A downloaded document read back as lines of text, the same way for both formats: the DOCX with
 * POI (a paragraph a line, a table row a line of its non-empty cells), the PDF with PDFBox's text
 * extraction in the order the text is drawn, which writes a table row as a line. (Sorted by position,
 * PDFBox splits some words of this PDF in two: "TRÌN H".) Then figures are read from it.
 */
record DocumentText(List<String> lines) {

    static DocumentText ofDocx(byte[] content) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : docx.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    lines.add(paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    table.getRows().forEach(row -> lines.add(row(row)));
                }
            }
            return new DocumentText(lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList());
        }
    }

    static DocumentText ofPdf(byte[] content) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            return new DocumentText(Arrays.stream(stripper.getText(pdf).split("\\R")).map(String::strip)
                    .filter(l -> !l.isEmpty()).toList());
        }
    }

    private static String row(XWPFTableRow row) {
        return String.join(" ", row.getTableCells().stream().map(DocumentText::cell).filter(t -> !t.isEmpty()).toList());
    }

    private static String cell(XWPFTableCell cell) {
        return String.join(" ", cell.getParagraphs().stream().map(XWPFParagraph::getText).map(String::strip)
                .filter(t -> !t.isEmpty()).toList());
    }

    /** Every line joined by spaces: a paragraph broken over lines of a page reads as one. */
    String flat() {
        return String.join(" ", lines);
    }

    /** The groups of the first match of the pattern in the flat text. */
    List<String> find(String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(flat());
        if (!matcher.find()) {
            throw new AssertionError("not in the document: " + regex);
        }
        List<String> groups = new ArrayList<>();
        for (int g = 1; g <= matcher.groupCount(); g++) {
            groups.add(matcher.group(g));
        }
        return groups;
    }

    /** The figures of the first row with the label after the line starting with the title: "Tổng cộng 31 22 …". */
    List<String> row(String title, String label) {
        int start = indexOf(Pattern.quote(title) + ".*", 0);
        String line = lines.get(indexOf(Pattern.quote(label) + " \\d.*", start + 1));
        return Arrays.asList(line.substring(label.length()).strip().split("\\s+"));
    }

    /** The lines from the first one starting with the prefix to the end. */
    List<String> from(String prefix) {
        return lines.subList(indexOf(Pattern.quote(prefix) + ".*", 0), lines.size());
    }

    private int indexOf(String regex, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).matches(regex)) {
                return i;
            }
        }
        throw new AssertionError("no line matches «" + regex + "» from line " + from + ": " + lines);
    }
}
