package vn.ansinh.programme;

import java.util.List;

/**
 * The document part of a programme as its edit form holds it; recipients one per line; version the version of
 * the programme's text the form was read at (a save over a newer one is refused).
 */
public record DocumentEdit(String number, String symbol, Integer day, Integer month, Integer year, String title,
        String preamble, String closing, String distributionHeading, String recipients, String signatureHeading,
        Integer version) {

    static DocumentEdit of(Programme programme, List<String> recipients, int version) {
        return new DocumentEdit(programme.documentNumber(), programme.documentSymbol(), programme.issuedDay(),
                programme.issuedMonth(), programme.issuedYear(), programme.title(), programme.preamble(),
                programme.closing(), programme.distributionHeading(), String.join("\n", recipients),
                programme.signatureHeading(), version);
    }

    /** The same text, as read at another version: saving it then puts it over that version. */
    public DocumentEdit at(int newer) {
        return new DocumentEdit(number, symbol, day, month, year, title, preamble, closing, distributionHeading,
                recipients, signatureHeading, newer);
    }

    List<String> recipientLines() {
        return Paragraphs.lines(recipients);
    }
}
