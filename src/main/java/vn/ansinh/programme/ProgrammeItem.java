package vn.ansinh.programme;

/** One paragraph of a section; marker is the printed bullet ("-", "+" or none). */
public record ProgrammeItem(String marker, String text) {
}
