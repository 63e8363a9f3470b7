package vn.ansinh.intake.internal;

/** A place in the file: line from 1, and the path to the value ("tables[1].rows[3]"). */
record Where(int line, String path) {

    Where child(String name, int line) {
        return new Where(line, path.isEmpty() ? name : path + "." + name);
    }

    Where element(int index, int line) {
        return new Where(line, path + "[" + (index + 1) + "]");
    }
}
