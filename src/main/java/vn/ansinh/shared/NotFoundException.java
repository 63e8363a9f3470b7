package vn.ansinh.shared;

/**
 * Something that is not there for this user — none such, or outside what they may read: answered 404
 * either way, so the ids of other units' records do not leak.
 */
public abstract class NotFoundException extends RuntimeException {

    protected NotFoundException(String message) {
        super(message);
    }
}
