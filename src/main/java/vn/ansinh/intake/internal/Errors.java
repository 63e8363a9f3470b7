package vn.ansinh.intake.internal;

import java.util.ArrayList;
import java.util.List;

import vn.ansinh.intake.IntakeError;

/** Collects every error of a file, so the user can fix them all at once. */
final class Errors {

    private final String file;
    private final List<IntakeError> errors = new ArrayList<>();

    Errors(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(Where where, String field, String code, Object... arguments) {
        errors.add(new IntakeError(file, where.line(), where.path(), field, code, List.of(arguments)));
    }

    int count() {
        return errors.size();
    }

    boolean any() {
        return !errors.isEmpty();
    }

    List<IntakeError> list() {
        return List.copyOf(errors);
    }
}
