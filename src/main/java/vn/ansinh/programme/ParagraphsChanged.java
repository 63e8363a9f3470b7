package vn.ansinh.programme;

import java.util.List;

/**
 * The paragraphs of a section were rewritten: before and after, position by position. The figure
 * check follows the figures it checks into the new wording.
 */
public record ParagraphsChanged(long programmeId, List<String> before, List<String> after) {
}
