package vn.ansinh.meetings;

/** Closing an action item as typed: which one, and the line saying what was done. */
public record ActionItemClosing(Long itemId, String closingNote) {
}
