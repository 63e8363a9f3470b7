package vn.ansinh.labour.web;

import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import vn.ansinh.labour.LabourNotFoundException;
import vn.ansinh.labour.LabourRecord;
import vn.ansinh.labour.LabourRefusal;
import vn.ansinh.labour.RecordKind;
import vn.ansinh.shared.FieldProblems;

/**
 * Saving a labour record form, new or corrected, the one way: the form read (dates strictly), then
 * the record checked and saved by the service; whatever is refused comes back beside its field.
 */
@Component
class RecordFormSaving {

    /** The problems by field; empty when saved. A record the user may not write is not found. */
    FieldProblems save(LabourRecordForm form, RecordKind kind, Long courseId, Consumer<LabourRecord> save) {
        FieldProblems problems = new FieldProblems();
        LabourRecord draft = form.record(kind, courseId, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        try {
            save.accept(draft);
        } catch (LabourRefusal e) {
            problems.add(LabourRecordForm.fieldOf(e), e.code(), e.arguments().toArray());
        } catch (LabourNotFoundException e) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return problems;
    }
}
