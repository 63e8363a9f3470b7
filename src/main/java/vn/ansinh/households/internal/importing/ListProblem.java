package vn.ansinh.households.internal.importing;

import java.util.List;

/** Something wrong in a household list: the row (as the file counts), the column as headed, the message. */
record ListProblem(int row, String column, String code, List<Object> arguments) {

    ListProblem {
        arguments = arguments.stream().map(a -> a == null ? "" : a).toList();
    }
}
