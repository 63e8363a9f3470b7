package vn.ansinh.shared;

import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Saving what a form sent: saved, the view it leads to; refused with an {@link InvalidChangeException},
 * the form again with the problems beside its fields, answered 422 (nothing was saved).
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
}
