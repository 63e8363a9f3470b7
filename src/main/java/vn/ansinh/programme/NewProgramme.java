package vn.ansinh.programme;

import java.util.List;

/** Everything a programme is created with. */
public record NewProgramme(
        long coordinatingUnitId,
        int year,
        DocumentReference document,
        String title,
        String preamble,
        List<ProgrammeSection> sections,
        String closing,
        String distributionHeading,
        List<String> recipients,
        String signatureHeading,
        List<Signatory> signatories,
        String sourceName) {
}
