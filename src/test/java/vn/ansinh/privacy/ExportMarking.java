package vn.ansinh.privacy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The marking a file of personal data carries: its description, then each sheet's printed header. */
final class ExportMarking {

    private ExportMarking() {
    }

    static List<String> of(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> markings = new ArrayList<>();
            markings.add(workbook.getProperties().getCoreProperties().getDescription());
            for (Sheet sheet : workbook) {
                markings.add(sheet.getHeader().getCenter());
            }
            return markings;
        }
    }
}
