package vn.ansinh;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;
import vn.ansinh.shared.CodedException;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.InvalidChangeException;
import vn.ansinh.shared.NotFoundException;
import vn.ansinh.shared.RefusalKind;

/**
 * Every refusal of the API (/api/v1/**) as one RFC 9457 problem: status, title (the kind of refusal) and
 * detail in the user's language, code (the message's key, for programs), and errors — a list of
 * {field, message} — when fields were wrong. One status per kind (see {@link RefusalKind}): not found 404,
 * not allowed 403, invalid input 422 (a request that cannot be read too), conflict 409, too large 413.
 * Never an exception's name. Module controllers throw; none answers a refusal itself. Consulted before the
 * pages' advice ({@link PageConflicts}), which would otherwise answer the API's races with a page.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** One error of a field: the field as the request names it, and what is wrong with it. */
    record FieldError(String field, String message) {
    }

    @ExceptionHandler(CodedException.class)
    ResponseEntity<ProblemDetail> refused(CodedException e, HttpServletRequest request, Locale locale) {
        String message = messages.getMessage(e.code(), e.arguments().toArray(), e.code(), locale);
        ProblemDetail problem = problem(e.kind(), e.code(), message, request, locale);
        if (e.field() != null) {
            problem.setProperty("errors", List.of(new FieldError(e.field(), message)));
        }
        return answer(problem);
    }

    @ExceptionHandler(InvalidChangeException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidChangeException e, HttpServletRequest request, Locale locale) {
        ProblemDetail problem = problem(RefusalKind.INVALID, "api.problem.invalid",
                messages.getMessage("api.problem.invalid", null, locale), request, locale);
        problem.setProperty("errors", errors(e.problems(), locale));
        return answer(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request, Locale locale) {
        return kind(RefusalKind.NOT_FOUND, request, locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> notAllowed(HttpServletRequest request, Locale locale) {
        return kind(RefusalKind.NOT_ALLOWED, request, locale);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request, Locale locale) {
        return kind(RefusalKind.TOO_LARGE, request, locale);
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e, HttpServletRequest request, Locale locale) {
        RefusalKind kind = switch (e.getStatusCode().value()) {
            case 403 -> RefusalKind.NOT_ALLOWED;
            case 409 -> RefusalKind.CONFLICT;
            case 413 -> RefusalKind.TOO_LARGE;
            case 400, 422 -> RefusalKind.INVALID;
            default -> RefusalKind.NOT_FOUND;
        };
        return kind(kind, request, locale);
    }

    /** Two callers made the same unique thing at once (a household's code): the later is refused as if it came second. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> madeMeanwhile(HttpServletRequest request, Locale locale) {
        return answer(problem(RefusalKind.CONFLICT, "api.problem.madeMeanwhile",
                messages.getMessage("api.problem.madeMeanwhile", null, locale), request, locale));
    }

    /** A row another caller was changing at the same moment (locked, or changed under a version check). */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<ProblemDetail> changedMeanwhile(HttpServletRequest request, Locale locale) {
        return answer(problem(RefusalKind.CONFLICT, "api.problem.changedMeanwhile",
                messages.getMessage("api.problem.changedMeanwhile", null, locale), request, locale));
    }

    /** A body of a type the API does not read (none given, say) cannot be read: 422, as an unreadable body. */
    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request, Locale locale) {
        return answer(problem(RefusalKind.INVALID, "api.problem.unreadable",
                messages.getMessage("api.problem.unreadable", null, locale), request, locale));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> parameter(Exception e, HttpServletRequest request, Locale locale) {
        String name = e instanceof MissingServletRequestParameterException missing ? missing.getParameterName()
                : ((MethodArgumentTypeMismatchException) e).getName();
        String message = messages.getMessage("api.problem.parameter", new Object[] {name}, locale);
        ProblemDetail problem = problem(RefusalKind.INVALID, "api.problem.parameter", message, request, locale);
        problem.setProperty("errors", List.of(new FieldError(name, message)));
        return answer(problem);
    }

    /** A query bound to an object (a filter) with a value that is not of its type: invalid input, as a parameter is. */
    @ExceptionHandler(org.springframework.validation.BindException.class)
    ResponseEntity<ProblemDetail> bound(org.springframework.validation.BindException e, HttpServletRequest request,
            Locale locale) {
        List<FieldError> errors = e.getFieldErrors().stream().map(f -> new FieldError(f.getField(),
                messages.getMessage("api.problem.parameter", new Object[] {f.getField()}, locale))).toList();
        ProblemDetail problem = problem(RefusalKind.INVALID, "api.problem.parameter", errors.isEmpty()
                ? messages.getMessage("api.problem.unreadable", null, locale) : errors.get(0).message(), request, locale);
        problem.setProperty("errors", errors);
        return answer(problem);
    }

    private ResponseEntity<ProblemDetail> kind(RefusalKind kind, HttpServletRequest request, Locale locale) {
        String code = "api.problem." + kind.name();
        return answer(problem(kind, code, messages.getMessage(code + ".detail", null, locale), request, locale));
    }

    private ProblemDetail problem(RefusalKind kind, String code, String detail, HttpServletRequest request, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(kind.status(), detail);
        problem.setType(java.net.URI.create("about:blank"));
        problem.setTitle(messages.getMessage("api.problem." + kind.name(), null, locale));
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        return problem;
    }

    private List<FieldError> errors(FieldProblems problems, Locale locale) {
        return problems.byField().entrySet().stream().map((Map.Entry<String, FieldProblems.Problem> e) -> new FieldError(
                e.getKey(), messages.getMessage(e.getValue().key(), e.getValue().arguments().toArray(), e.getValue().key(),
                        locale))).toList();
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(HttpStatus.valueOf(problem.getStatus())).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
