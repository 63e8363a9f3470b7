package vn.ansinh.annex.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.internal.AnnexWorkbook;
import vn.ansinh.shared.AccessScope;

/**
 * An annex table as an Excel workbook laid out as printed, with live formulas. Only the user's
 * rows and columns are in it, so its column sums total those rows.
 */
@Controller
class AnnexDownloadController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AnnexViews views;

    AnnexDownloadController(AnnexViews views) {
        this.views = views;
    }

    @GetMapping("/programmes/{id}/tables/{code}.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id, @PathVariable String code, Locale locale,
            AccessScope scope) throws IOException {
        ComputedTable table = views.computed(id, code, scope);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnexWorkbook.write(table, views.subtitle(id, locale, scope), out);
        String fileName = code + "-" + table.year() + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(out.toByteArray());
    }
}
