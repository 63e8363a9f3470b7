package vn.ansinh.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.ansinh.documents.OfficialLetter;
import vn.ansinh.documents.OfficialLetter.Block;
import vn.ansinh.documents.OfficialLetter.Signer;
import vn.ansinh.documents.internal.DocxText.Style;

/**
 * An official letter as DOCX: the programme document's page, header and type (A4 upright, Times New Roman 13 pt),
 * the body's tables bordered at 11 pt, the signers side by side with room to sign, then «Nơi nhận:».
 */
public final class LetterDocx {

    private static final int SIGNATURE_LINES = 4;

    private LetterDocx() {
    }

    public static byte[] write(OfficialLetter letter, String recipientsHeading) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxText.defaults(docx);
            DocxWriter.header(docx, letter.header());
            letter.title().forEach(line -> DocxText.paragraph(docx, line, Style.TITLE, ParagraphAlignment.CENTER));
            letter.body().forEach(block -> block(docx, block));
            signers(docx, letter.signers());
            recipients(docx, recipientsHeading, letter.recipients());
            DocxPages.lastSection(docx, false);
            docx.write(out);
            return out.toByteArray();
        }
    }

    private static void block(XWPFDocument docx, Block block) {
        if (block instanceof OfficialLetter.Heading heading) {
            DocxText.justified(docx, heading.text(), Style.STRONG);
        } else if (block instanceof OfficialLetter.Text text) {
            text.text().lines().filter(l -> !l.isBlank()).forEach(line -> DocxText.justified(docx, line.strip(), Style.BODY));
        } else if (block instanceof OfficialLetter.Table table) {
            table(docx, table);
        }
    }

    private static void table(XWPFDocument docx, OfficialLetter.Table table) {
        int[] widths = widths(table.widths());
        XWPFTable grid = DocxTables.create(docx, widths, true);
        XWPFTableRow header = DocxTables.row(grid);
        header.setRepeatHeader(true);
        for (int c = 0; c < widths.length; c++) {
            DocxText.cell(DocxTables.cell(header, widths, c, 1), List.of(table.header().get(c)), Style.TABLE_STRONG,
                    ParagraphAlignment.CENTER);
        }
        for (List<String> cells : table.rows()) {
            XWPFTableRow row = DocxTables.row(grid);
            for (int c = 0; c < widths.length; c++) {
                DocxText.cell(DocxTables.cell(row, widths, c, 1), List.of(cells.get(c)), Style.TABLE,
                        ParagraphAlignment.LEFT);
            }
        }
        docx.createParagraph();
    }

    /** Relative widths shared out of the text's width, the last column taking what rounding leaves. */
    private static int[] widths(List<Integer> relative) {
        int total = relative.stream().mapToInt(Integer::intValue).sum();
        int[] widths = new int[relative.size()];
        int used = 0;
        for (int c = 0; c < widths.length - 1; c++) {
            widths[c] = DocxPages.PORTRAIT_WIDTH * relative.get(c) / total;
            used += widths[c];
        }
        widths[widths.length - 1] = DocxPages.PORTRAIT_WIDTH - used;
        return widths;
    }

    private static void signers(XWPFDocument docx, List<Signer> signers) {
        if (signers.isEmpty()) {
            return;
        }
        int[] widths = new int[signers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = DocxPages.PORTRAIT_WIDTH / widths.length;
        }
        XWPFTable table = DocxTables.create(docx, widths, false);
        XWPFTableRow row = DocxTables.row(table);
        row.setCantSplitRow(true);
        for (int c = 0; c < widths.length; c++) {
            DocxText.cell(DocxTables.cell(row, widths, c, 1), lines(signers.get(c)), Style.STRONG,
                    ParagraphAlignment.CENTER);
        }
    }

    private static List<String> lines(Signer signer) {
        List<String> lines = new ArrayList<>();
        if (signer.onBehalfOf() != null) {
            lines.add(signer.onBehalfOf());
        }
        lines.add(signer.title());
        for (int i = 0; i < SIGNATURE_LINES; i++) {
            lines.add("");
        }
        if (signer.name() != null) {
            lines.add(signer.name());
        }
        return lines;
    }

    private static void recipients(XWPFDocument docx, String heading, List<String> recipients) {
        if (recipients.isEmpty()) {
            return;
        }
        DocxText.paragraph(docx, heading, Style.RECIPIENTS_HEADING, ParagraphAlignment.LEFT);
        recipients.forEach(r -> DocxText.paragraph(docx, "- " + r, Style.RECIPIENT, ParagraphAlignment.LEFT)
                .setSpacingAfter(0));
    }
}
