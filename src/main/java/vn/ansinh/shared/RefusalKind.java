package vn.ansinh.shared;

import org.springframework.http.HttpStatus;

/**
 * The kinds of refusal, each answered by the API with one status (and one ProblemDetail shape): what is
 * not there for the user, what the user may not do, what was entered wrong, a step the record's state or a
 * newer save does not allow, and a body too large to take.
 */
public enum RefusalKind {
    NOT_FOUND(HttpStatus.NOT_FOUND),
    NOT_ALLOWED(HttpStatus.FORBIDDEN),
    INVALID(HttpStatus.UNPROCESSABLE_CONTENT),
    CONFLICT(HttpStatus.CONFLICT),
    TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE);

    private final HttpStatus status;

    RefusalKind(HttpStatus status) {
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
