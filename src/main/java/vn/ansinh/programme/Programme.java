package vn.ansinh.programme;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A coordination programme of a unit for a year. Until it is published (publishedAt null) it is a draft
 * the coordinating office prepares: only administrators see it.
 */
@Table("programme")
public record Programme(
        @Id Long id,
        Long coordinatingUnitId,
        int programmeYear,
        String documentNumber,
        String documentSymbol,
        Integer issuedDay,
        Integer issuedMonth,
        int issuedYear,
        String title,
        String preamble,
        String closing,
        String distributionHeading,
        String signatureHeading,
        String sourceName,
        Instant importedAt,
        Instant publishedAt) {

    public boolean published() {
        return publishedAt != null;
    }

    public DocumentReference document() {
        return new DocumentReference(documentNumber, documentSymbol, issuedDay, issuedMonth, issuedYear);
    }
}
