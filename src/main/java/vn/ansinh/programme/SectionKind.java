package vn.ansinh.programme;

/** What a section of the programme's text holds. */
public enum SectionKind {
    PURPOSES,
    DUTIES,
    TARGETS,
    GENERAL
}
