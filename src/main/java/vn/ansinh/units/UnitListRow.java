package vn.ansinh.units;

/**
 * One row of an official unit list (the columns of the national lists: level, code, name, full_name, kind,
 * parent_code): the GSO code, names, kind and the parent's GSO code (none at the top), and its line in the file.
 */
public record UnitListRow(int line, int level, String gsoCode, String name, String fullName, UnitKind kind,
        String parentGso) {
}
