package vn.ansinh.shared;

/**
 * A save over a newer one: the record was saved by someone else after the user read it. Nothing was written;
 * the refusal names who saved it and when (the API answers 409), and carries the newer version so a page can
 * show it beside what the user typed.
 */
public class StaleSaveException extends CodedException {

    private final transient SavedVersion newer;

    /** The message code takes who ({0}) and when ({1}). */
    public StaleSaveException(String code, SavedVersion newer) {
        super(code, newer.who(), newer.when());
        this.newer = newer;
    }

    public SavedVersion newer() {
        return newer;
    }

    @Override
    public String field() {
        return "version";
    }

    @Override
    public RefusalKind kind() {
        return RefusalKind.CONFLICT;
    }
}
