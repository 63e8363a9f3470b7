package vn.ansinh.intake.internal.sheets;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import vn.ansinh.shared.lists.FileRefused;
import vn.ansinh.shared.lists.OfficeFiles;

/**
 * Opens an uploaded file as a workbook (XLSX, or the older XLS), or says why it cannot: not an Excel file at
 * all, protected by a password, damaged, foreign or hostile (see {@link OfficeFiles}). A Biểu workbook is read
 * whole, to find its tables anywhere on its sheets, so it may inflate to far less than a list.
 */
final class WorkbookFiles {

    /** Biểu 1–3 as ansinh writes them inflate to about 100 KB; a hand-made one with pictures to a few MB. */
    static final long MAX_INFLATED = 24L << 20;

    private WorkbookFiles() {
    }

    static Optional<Workbook> open(byte[] content, Problems problems) {
        try {
            OfficeFiles.Kind kind = OfficeFiles.kind(content);
            if (kind == OfficeFiles.Kind.EMPTY || kind == OfficeFiles.Kind.OTHER) {
                problems.error("", 0, "", "", kind == OfficeFiles.Kind.EMPTY ? "upload.file.empty" : "workbook.file.notExcel");
                return Optional.empty();
            }
            if (kind == OfficeFiles.Kind.XLSX) {
                OfficeFiles.checkZip(content, MAX_INFLATED);
            }
            return Optional.of(WorkbookFactory.create(new ByteArrayInputStream(content)));
        } catch (Exception | StackOverflowError e) {
            FileRefused refused = OfficeFiles.refusal(e);
            problems.error(refused.sheet() == null ? "" : refused.sheet(), refused.row(), refused.column(), "",
                    refused.code(), refused.arguments().toArray());
            return Optional.empty();
        }
    }
}
