package vn.ansinh.shared.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** «Tải tệp mẫu»: an import's template as an XLSX download. */
public final class TemplateDownload {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private TemplateDownload() {
    }

    public static ResponseEntity<byte[]> of(ListTemplate template) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWorkbook.write(template, out);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(template.fileName()).build().toString())
                .body(out.toByteArray());
    }
}
