package vn.ansinh.programme.web;

import java.security.Principal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.programme.DocumentEdit;
import vn.ansinh.programme.ProgrammeEditor;
import vn.ansinh.programme.ProgrammeNotFoundException;

/**
 * A programme's document part as JSON, for the coordinating office (administrators): read with the version of
 * the text, and changed as read at that version. Refusals are the API's problems: 422 with the fields, 409 for a
 * save over a newer one (who saved it and when in the detail).
 */
@RestController
@Tag(name = "Programmes", description = "Coordination programmes")
class ProgrammeTextApiController {

    private final ProgrammeEditor editor;

    ProgrammeTextApiController(ProgrammeEditor editor) {
        this.editor = editor;
    }

    @GetMapping("/api/v1/programmes/{id}/document")
    @Operation(summary = "The document part (number, date, title, texts, recipients) with the text's version")
    DocumentEdit document(@PathVariable long id) {
        return editor.document(id).orElseThrow(() -> new ProgrammeNotFoundException(id));
    }

    @PutMapping("/api/v1/programmes/{id}/document")
    @Operation(summary = "Change the document part as read at its version; 409 when the text was saved since")
    DocumentEdit update(@PathVariable long id, @RequestBody DocumentEdit edit, Principal user) {
        document(id);
        editor.updateDocument(id, edit, user.getName());
        return document(id);
    }
}
