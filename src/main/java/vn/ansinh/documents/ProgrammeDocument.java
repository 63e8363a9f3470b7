package vn.ansinh.documents;

import java.util.List;

/**
 * A programme as its official document, assembled once and written as DOCX or PDF: the header of
 * an administrative document, the title, preamble, sections with their figures filled in from the
 * data, closing, distribution list and the signature block of every party, then each annex table
 * on a page of its own. Always in Vietnamese: it is the official text. fileName has no extension.
 */
public record ProgrammeDocument(
        String fileName,
        DocumentHeader header,
        List<String> title,
        String preamble,
        List<DocumentSection> sections,
        String closing,
        String distributionHeading,
        List<String> recipients,
        List<String> signatureHeading,
        List<String> signatories,
        List<AnnexPage> annexes) {
}
