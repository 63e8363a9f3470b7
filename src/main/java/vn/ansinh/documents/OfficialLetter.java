package vn.ansinh.documents;

import java.util.List;

/**
 * Any administrative document an office signs besides the programme (minutes, a proposal, a report), in the layout
 * of Nghị định 30/2020: the header, the title lines, the body, the signers side by side and «Nơi nhận:». Always in
 * Vietnamese; fileName has no extension.
 */
public record OfficialLetter(
        String fileName,
        DocumentHeader header,
        List<String> title,
        List<Block> body,
        List<Signer> signers,
        List<String> recipients) {

    public OfficialLetter {
        title = List.copyOf(title);
        body = List.copyOf(body);
        signers = List.copyOf(signers);
        recipients = List.copyOf(recipients);
    }

    /** A part of the body: a heading, a justified paragraph, or a table with a header row. */
    public sealed interface Block {
    }

    /** A bold heading («I. Thành phần tham dự»). */
    public record Heading(String text) implements Block {
    }

    /** A paragraph of body text; its line breaks start new paragraphs. */
    public record Text(String text) implements Block {
    }

    /** A bordered table; each row has as many cells as the header; widths are relative (3, 1, 1). */
    public record Table(List<String> header, List<List<String>> rows, List<Integer> widths) implements Block {

        public Table {
            int columns = header.size();
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            widths = List.copyOf(widths);
            if (widths.size() != columns || rows.stream().anyMatch(r -> r.size() != columns)) {
                throw new IllegalArgumentException("A table's rows and widths must match its header");
            }
        }
    }

    /**
     * One who signs: on behalf of (TM./KT. line, or null), the title, the name under the space left to sign
     * (null when the name is written by hand).
     */
    public record Signer(String onBehalfOf, String title, String name) {
    }
}
