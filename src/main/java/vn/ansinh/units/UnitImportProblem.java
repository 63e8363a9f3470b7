package vn.ansinh.units;

/** What is wrong in a unit list, and where: the line (1 is the header), the column, the message in words. */
public record UnitImportProblem(int line, String column, String message) {
}
