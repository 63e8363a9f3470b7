package vn.ansinh.reporting.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import vn.ansinh.commitments.PartyStanding;
import vn.ansinh.reporting.ConsolidatedReport;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.shared.pdf.UnicodeFonts;
import vn.ansinh.shared.SpreadsheetText;

/** The consolidated report as XLSX (numbers as numbers) and as PDF (DejaVu Sans embedded), in Vietnamese. */
final class ConsolidatedFiles {

    static final List<String> HEADERS = List.of("Chỉ tiêu", "Đơn vị tính", "Các xã: lũy kế", "Các xã: trong kỳ",
            "Các tổ chức: lũy kế", "Các tổ chức: trong kỳ", "Chỉ tiêu năm");

    private ConsolidatedFiles() {
    }

    /** The second sheet's and the PDF's table of commitments: per party, on track of how many at the period's end. */
    static final List<String> STANDING_HEADERS = List.of("Bên phối hợp", "Cam kết đúng tiến độ", "Tổng số cam kết");

    static void xlsx(ConsolidatedReport report, List<PartyStanding> standings, String title, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Tổng hợp " + report.period());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            SpreadsheetText.text(sheet.createRow(0).createCell(0), title);
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            XSSFRow header = sheet.createRow(2);
            for (int c = 0; c < HEADERS.size(); c++) {
                SpreadsheetText.text(header.createCell(c), HEADERS.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            int r = 3;
            for (ConsolidatedReport.Line line : report.lines()) {
                XSSFRow row = sheet.createRow(r++);
                SpreadsheetText.text(row.createCell(0), line.name());
                SpreadsheetText.text(row.createCell(1), line.countOfUnits() ? "xã (/" + line.communesExpected() + ")" : line.measure());
                number(row, 2, line.communes());
                number(row, 3, line.communesInPeriod());
                number(row, 4, line.organisations());
                number(row, 5, line.organisationsInPeriod());
                number(row, 6, line.target());
            }
            sheet.setColumnWidth(0, 60 * 256);
            for (int c = 1; c < HEADERS.size(); c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            standingsSheet(workbook.createSheet("Cam kết " + report.period()), standings, bold);
            workbook.write(out);
        }
    }

    private static void standingsSheet(XSSFSheet sheet, List<PartyStanding> standings, CellStyle bold) {
        XSSFRow header = sheet.createRow(0);
        for (int c = 0; c < STANDING_HEADERS.size(); c++) {
            SpreadsheetText.text(header.createCell(c), STANDING_HEADERS.get(c));
            header.getCell(c).setCellStyle(bold);
        }
        int r = 1;
        for (PartyStanding s : standings) {
            XSSFRow row = sheet.createRow(r++);
            SpreadsheetText.text(row.createCell(0), s.party().name());
            row.createCell(1).setCellValue(s.onTrack());
            row.createCell(2).setCellValue(s.total());
        }
        sheet.setColumnWidth(0, 30 * 256);
    }

    static void pdf(ConsolidatedReport report, List<PartyStanding> standings, String title, OutputStream out) {
        com.lowagie.text.Font body = new com.lowagie.text.Font(UnicodeFonts.regular(), 10);
        com.lowagie.text.Font strong = new com.lowagie.text.Font(UnicodeFonts.bold(), 10);
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(title, new com.lowagie.text.Font(UnicodeFonts.bold(), 13)));
        document.add(new Paragraph(" ", body));
        PdfPTable table = new PdfPTable(new float[] {6, 2, 2, 2, 2, 2, 2});
        table.setWidthPercentage(100);
        HEADERS.forEach(h -> table.addCell(new PdfPCell(new Paragraph(h, strong))));
        for (ConsolidatedReport.Line line : report.lines()) {
            table.addCell(new PdfPCell(new Paragraph(line.name(), body)));
            table.addCell(new PdfPCell(new Paragraph(line.countOfUnits() ? "xã (/" + line.communesExpected() + ")"
                    : line.measure(), body)));
            table.addCell(numberCell(line.communes(), body));
            table.addCell(numberCell(line.communesInPeriod(), body));
            table.addCell(numberCell(line.organisations(), body));
            table.addCell(numberCell(line.organisationsInPeriod(), body));
            table.addCell(numberCell(line.target(), body));
        }
        document.add(table);
        document.add(new Paragraph(" ", body));
        PdfPTable commitments = new PdfPTable(new float[] {6, 2, 2});
        commitments.setWidthPercentage(60);
        commitments.setHorizontalAlignment(com.lowagie.text.Element.ALIGN_LEFT);
        STANDING_HEADERS.forEach(h -> commitments.addCell(new PdfPCell(new Paragraph(h, strong))));
        for (PartyStanding s : standings) {
            commitments.addCell(new PdfPCell(new Paragraph(s.party().name(), body)));
            commitments.addCell(numberCell(BigDecimal.valueOf(s.onTrack()), body));
            commitments.addCell(numberCell(BigDecimal.valueOf(s.total()), body));
        }
        document.add(commitments);
        for (ConsolidatedReport.Note note : report.notes()) {
            document.add(new Paragraph(note.reporter() + ": " + (note.difficulties() == null ? "" : note.difficulties())
                    + (note.proposals() == null ? "" : " — " + note.proposals()), body));
        }
        document.close();
    }

    private static PdfPCell numberCell(BigDecimal value, com.lowagie.text.Font font) {
        PdfPCell cell = new PdfPCell(new Paragraph(value == null ? "" : VietnameseNumbers.formatAmount(value), font));
        cell.setHorizontalAlignment(com.lowagie.text.Element.ALIGN_RIGHT);
        return cell;
    }

    private static void number(XSSFRow row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }
}
