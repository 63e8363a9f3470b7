package vn.ansinh.households.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdStatus;
import vn.ansinh.households.Member;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.SpreadsheetText;

/**
 * Writes a household list as XLSX, one row per member, in the columns the import reads — so a list
 * exported, corrected and imported again changes only what was corrected. A list longer than a sheet
 * goes on in further sheets with the header repeated, a household never split. Streamed: households are
 * read a page at a time and only a window of rows is kept in memory, whatever the list's length.
 * Personal data is masked for roles that may not see it.
 */
@Component
public class HouseholdListExport {

    /** Headers as the import reads them (see README). */
    public static final List<String> HEADERS = List.of("Xã", "Mã hộ", "Thôn", "Địa chỉ", "Khu vực", "Dân tộc",
            "Điện thoại", "Năm", "Phân loại", "Nhóm hộ nghèo", "Lý do", "Họ tên", "Giới tính", "Ngày sinh",
            "Quan hệ với chủ hộ", "Số CCCD", "Khuyết tật", "BHYT", "Trình độ học vấn", "Việc làm");
    private static final int PAGE = 2000;
    private static final int WINDOW = 200;
    /** Data rows on one sheet; a household's rows stay on one sheet, so a sheet ends a little before Excel's limit. */
    static final int SHEET_ROWS = 1_000_000;

    private final HouseholdStore store;
    private final HouseholdStatusStore statuses;
    private final int sheetRows;

    @org.springframework.beans.factory.annotation.Autowired
    HouseholdListExport(HouseholdStore store, HouseholdStatusStore statuses) {
        this(store, statuses, SHEET_ROWS);
    }

    /** sheetRows: data rows a sheet takes (tests make it small). */
    HouseholdListExport(HouseholdStore store, HouseholdStatusStore statuses, int sheetRows) {
        this.store = store;
        this.statuses = statuses;
        this.sheetRows = sheetRows;
    }

    /** unitNames: the commune's name by id, as the list writes it. Returns the member rows written. */
    public long write(Collection<Long> unitIds, Map<Long, String> unitNames, int year, AccessScope scope, String marking,
            OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setDescription(marking);
        try {
            Sheets sheets = new Sheets(workbook, sheetRows, marking);
            long after = 0;
            List<Long> units = unitIds.stream().filter(scope::canRead).toList();
            while (!units.isEmpty()) {
                List<Household> page = page(units, after);
                if (page.isEmpty()) {
                    break;
                }
                rows(sheets, page, unitNames, year, scope);
                after = page.get(page.size() - 1).id();
            }
            workbook.write(out);
            return sheets.total;
        } finally {
            workbook.close();
        }
    }

    private List<Household> page(List<Long> units, long after) {
        return store.pageAfter(units, after, PAGE);
    }

    private void rows(Sheets sheets, List<Household> page, Map<Long, String> unitNames, int year, AccessScope scope) {
        List<Long> ids = page.stream().map(Household::id).toList();
        Map<Long, List<Member>> members = store.members(ids);
        Map<Long, HouseholdStatus> ofYear = statuses.statuses(ids, year);
        for (Household plain : page) {
            Household h = new Household(plain.id(), plain.unitId(), plain.code(), plain.village(), plain.headName(),
                    plain.address(), plain.ethnicity(), plain.phone(), plain.area(), members.getOrDefault(plain.id(), List.of()))
                    .seenBy(scope);
            HouseholdStatus status = ofYear.get(h.id());
            Sheet sheet = sheets.room(h.members().size());
            for (Member m : h.members()) {
                ExportCells.fill(sheets.next(sheet), unitNames.getOrDefault(h.unitId(), ""), h, status, m, sheets.date);
            }
        }
    }

    /** The sheets of the list: a new one, with the header again, when a household would not fit. */
    private static final class Sheets {

        private final SXSSFWorkbook workbook;
        private final int limit;
        private final CellStyle bold;
        private final CellStyle date;
        private final String marking;
        private Sheet sheet;
        private int rowsOnSheet;
        private long total;

        Sheets(SXSSFWorkbook workbook, int limit, String marking) {
            this.workbook = workbook;
            this.limit = limit;
            this.marking = marking;
            this.bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            this.date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            newSheet();
        }

        Sheet room(int rows) {
            if (rowsOnSheet > 0 && rowsOnSheet + rows > limit) {
                newSheet();
            }
            return sheet;
        }

        Row next(Sheet on) {
            total++;
            return on.createRow(++rowsOnSheet);
        }

        private void newSheet() {
            int number = workbook.getNumberOfSheets() + 1;
            sheet = workbook.createSheet(number == 1 ? "Danh sách hộ" : "Danh sách hộ (" + number + ")");
            sheet.getHeader().setCenter(marking);
            Row row = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                SpreadsheetText.text(row.createCell(c), HEADERS.get(c));
                row.getCell(c).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            rowsOnSheet = 0;
        }
    }
}
