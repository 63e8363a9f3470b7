package vn.ansinh.shared;

import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Saving what a form sent: saved, the view it leads to; refused with an {@link InvalidChangeException},
 * the form again with the problems beside its fields, answered 422; refused as a save over a newer one
 * ({@link StaleSaveException}), the form again beside the saved version, answered 409. Nothing was saved then.
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    public static String save(HttpServletResponse response, Supplier<String> save,
            Function<FieldProblems, String> refused) {
        try {
            return save.get();
        } catch (InvalidChangeException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return refused.apply(e.problems());
        }
    }

    public static String save(HttpServletResponse response, Supplier<String> save,
            Function<FieldProblems, String> refused, Function<StaleSaveException, String> stale) {
        try {
            return save(response, save, refused);
        } catch (StaleSaveException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return stale.apply(e);
        }
    }
}
