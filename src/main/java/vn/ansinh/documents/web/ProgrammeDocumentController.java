package vn.ansinh.documents.web;

import java.io.IOException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.ansinh.documents.ProgrammeDocument;
import vn.ansinh.documents.ProgrammeDocuments;
import vn.ansinh.documents.internal.DocxWriter;
import vn.ansinh.documents.internal.PdfWriter;
import vn.ansinh.shared.AccessScope;

/**
 * The programme's document to download, as DOCX and as PDF: "chuong-trinh-phoi-hop-2019.docx".
 * A programme the user may not read is 404, as one that does not exist; a user who sees only some
 * units gets the whole text and only their rows in the tables.
 */
@Controller
class ProgrammeDocumentController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ProgrammeDocuments documents;

    ProgrammeDocumentController(ProgrammeDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/programmes/{id}/document.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, AccessScope scope) throws IOException {
        ProgrammeDocument document = document(id, scope);
        return attachment(document.fileName() + ".docx", DOCX, DocxWriter.write(document));
    }

    @GetMapping("/programmes/{id}/document.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, AccessScope scope) {
        ProgrammeDocument document = document(id, scope);
        return attachment(document.fileName() + ".pdf", MediaType.APPLICATION_PDF, PdfWriter.write(document));
    }

    private ProgrammeDocument document(long id, AccessScope scope) {
        return documents.document(id, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "programme"));
    }

    private static ResponseEntity<byte[]> attachment(String fileName, MediaType type, byte[] content) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }
}
