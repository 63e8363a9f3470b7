package vn.ansinh.intake.internal.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Opens an uploaded file as a workbook (XLSX, or the older XLS), or says why it cannot: not an
 * Excel file at all, protected by a password, or damaged.
 */
final class WorkbookFiles {

    private WorkbookFiles() {
    }

    static Optional<Workbook> open(byte[] content, Problems problems) {
        if (content.length == 0) {
            problems.error("", 0, "", "", "workbook.file.empty");
            return Optional.empty();
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(content);
        } catch (RuntimeException e) {
            magic = FileMagic.UNKNOWN;
        }
        if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
            problems.error("", 0, "", "", "workbook.file.notExcel");
            return Optional.empty();
        }
        try {
            return Optional.of(WorkbookFactory.create(new ByteArrayInputStream(content)));
        } catch (EncryptedDocumentException e) {
            problems.error("", 0, "", "", "workbook.file.encrypted");
        } catch (IOException | RuntimeException e) {
            problems.error("", 0, "", "", "workbook.file.broken");
        }
        return Optional.empty();
    }
}
