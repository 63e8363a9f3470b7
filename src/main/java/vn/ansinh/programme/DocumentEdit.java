package vn.ansinh.programme;

import java.util.List;

/** The document part of a programme as its edit form holds it; recipients one per line. */
public record DocumentEdit(String number, String symbol, Integer day, Integer month, Integer year, String title,
        String preamble, String closing, String distributionHeading, String recipients, String signatureHeading) {

    static DocumentEdit of(Programme programme, List<String> recipients) {
        return new DocumentEdit(programme.documentNumber(), programme.documentSymbol(), programme.issuedDay(),
                programme.issuedMonth(), programme.issuedYear(), programme.title(), programme.preamble(),
                programme.closing(), programme.distributionHeading(), String.join("\n", recipients),
                programme.signatureHeading());
    }

    List<String> recipientLines() {
        return Paragraphs.lines(recipients);
    }
}
