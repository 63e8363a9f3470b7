package vn.ansinh.intake;

import java.util.List;

/**
 * Something wrong in an imported file, and where: the file, the line (from 1), the path inside
 * the file ("tables[2].rows[4]") and the field. code and arguments name the message.
 */
public record IntakeError(String file, int line, String path, String field, String code, List<Object> arguments) {

    public IntakeError {
        arguments = List.copyOf(arguments);
    }
}
