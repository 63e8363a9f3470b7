package vn.ansinh.gratitude.internal.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ansinh.gratitude.HouseKind;
import vn.ansinh.gratitude.internal.importing.GratitudeColumn.Table;
import vn.ansinh.shared.SpreadsheetText;
import vn.ansinh.shared.lists.ListTemplate;
import vn.ansinh.shared.lists.ListTemplate.Column;
import vn.ansinh.shared.lists.TemplateWorkbook;

/**
 * The fund's two lists as their page lists them and their template gives them: one workbook with a sheet «Đóng góp»
 * and a sheet «Nhà tình nghĩa», each written as every import's template is, the second's drop-down lists on a hidden
 * sheet of its own.
 */
public final class GratitudeTemplates {

    public static final String FILE_NAME = "mau-quy-den-on-dap-nghia.xlsx";
    /** A house's kind as the list writes it. */
    static final Map<String, HouseKind> KINDS = kinds();
    private static final String HOUSE_LISTS = "Danh mục nhà";

    private GratitudeTemplates() {
    }

    /** communes: the names of the communes the user may write, for the «Xã» drop-downs. */
    public static List<ListTemplate> of(List<String> communes) {
        return List.of(new ListTemplate(FILE_NAME, Table.CONTRIBUTIONS.sheetName(), List.of(
                Column.choice(GratitudeColumn.CONTRIBUTION_COMMUNE.header(), true, communes),
                Column.text(GratitudeColumn.ORGANISATION.header(), false, "gratitude.import.note.organisation"),
                Column.text(GratitudeColumn.CONTRIBUTOR.header(), false, "gratitude.import.note.contributor"),
                Column.text(GratitudeColumn.MONTH.header(), true, "gratitude.import.note.month"),
                Column.text(GratitudeColumn.AMOUNT.header(), true, "gratitude.import.note.amount"))),
                new ListTemplate(FILE_NAME, Table.HOUSES.sheetName(), List.of(
                Column.choice(GratitudeColumn.HOUSE_COMMUNE.header(), true, communes),
                Column.choice(GratitudeColumn.KIND.header(), true, List.copyOf(KINDS.keySet())),
                Column.text(GratitudeColumn.HEAD.header(), true, "template.note.text"),
                Column.text(GratitudeColumn.VILLAGE.header(), true, "template.note.text"),
                Column.text(GratitudeColumn.HOUSEHOLD_CODE.header(), false, "gratitude.import.note.household"),
                Column.text(GratitudeColumn.COST.header(), true, "gratitude.import.note.amount"),
                Column.text(GratitudeColumn.SOURCE.header(), true, "template.note.text"),
                Column.text(GratitudeColumn.HANDED_OVER.header(), true, "gratitude.import.note.day"))));
    }

    /** The workbook of the two templates: the first's, with the second's sheet and drop-down lists added. */
    public static byte[] workbook(ListTemplate contributions, ListTemplate houses) throws IOException {
        try (XSSFWorkbook target = written(contributions); XSSFWorkbook source = written(houses);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet from = source.getSheet(houses.sheetName());
            XSSFSheet sheet = target.createSheet(houses.sheetName());
            target.setSheetOrder(houses.sheetName(), 1);
            copy(from, sheet, true);
            XSSFSheet lists = target.createSheet(HOUSE_LISTS);
            copy(source.getSheet(TemplateWorkbook.LISTS_SHEET), lists, false);
            target.setSheetHidden(target.getSheetIndex(lists), true);
            from.getDataValidations().forEach(v -> dropDown(sheet, v));
            sheet.createFreezePane(0, 1);
            target.setActiveSheet(0);
            target.write(out);
            return out.toByteArray();
        }
    }

    /** In the order of the drop-down: built first. */
    private static Map<String, HouseKind> kinds() {
        Map<String, HouseKind> kinds = new LinkedHashMap<>();
        kinds.put("Xây mới", HouseKind.BUILT);
        kinds.put("Sửa chữa", HouseKind.REPAIRED);
        return java.util.Collections.unmodifiableMap(kinds);
    }

    private static XSSFWorkbook written(ListTemplate template) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWorkbook.write(template, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The sheet's texts and widths, and with styled its cells' styles (the needed columns' bold headers). */
    private static void copy(XSSFSheet from, XSSFSheet to, boolean styled) {
        for (Row row : from) {
            Row copied = to.createRow(row.getRowNum());
            row.forEach(cell -> {
                var written = copied.createCell(cell.getColumnIndex());
                SpreadsheetText.text(written, cell.getStringCellValue());
                if (styled) {
                    CellStyle style = to.getWorkbook().createCellStyle();
                    style.cloneStyleFrom(cell.getCellStyle());
                    written.setCellStyle(style);
                }
                to.setColumnWidth(cell.getColumnIndex(), from.getColumnWidth(cell.getColumnIndex()));
            });
        }
    }

    /** The same drop-down, its list now on the hidden sheet of the houses. */
    private static void dropDown(XSSFSheet sheet, XSSFDataValidation validation) {
        String formula = validation.getValidationConstraint().getFormula1()
                .replace(TemplateWorkbook.LISTS_SHEET, HOUSE_LISTS);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation copy = helper.createValidation(helper.createFormulaListConstraint(formula), validation.getRegions());
        copy.setShowErrorBox(true);
        copy.setSuppressDropDownArrow(true);
        sheet.addValidationData(copy);
    }
}
