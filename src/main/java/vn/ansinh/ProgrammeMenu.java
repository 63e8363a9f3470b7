package vn.ansinh;

import java.util.List;

/**
 * The menu's programme part: the programmes the user reads (newest first, drafts marked), the one the
 * menu shows — the page's own programme, or on other pages the newest published one — and which of its
 * pages is shown (its path segment after the id: "" for the text, "tables", "reports" …; null off it).
 */
public record ProgrammeMenu(List<Item> programmes, Item current, String section) {

    /** A programme of the switcher, linking to the same page of that programme. */
    public record Item(long id, int year, String unit, boolean published, String link) {
    }

    /** Whether the page shown is this page of the current programme (the text: ""; "edit", "sections" … are the text too). */
    public boolean on(String page) {
        if (section == null) {
            return false;
        }
        return page.isEmpty() ? List.of("", "edit", "sections", "signatories").contains(section)
                : page.equals(section) || ("tables".equals(page) && "imports".equals(section));
    }
}
