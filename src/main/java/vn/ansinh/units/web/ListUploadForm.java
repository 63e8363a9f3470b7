package vn.ansinh.units.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

import vn.ansinh.shared.FieldProblems;

/**
 * A list uploaded on a page — a succession list or a unit list — with the day it takes effect and, for a succession
 * list, the legal basis (may be empty); checked once, each problem beside its field.
 */
record ListUploadForm(MultipartFile file, @DateTimeFormat(iso = ISO.DATE) LocalDate effective, String legalBasis) {

    /** As long as the column that keeps it. */
    static final int LEGAL_BASIS_LENGTH = 200;

    static ListUploadForm empty() {
        return new ListUploadForm(null, null, null);
    }

    static ListUploadForm of(PendingList pending) {
        return new ListUploadForm(null, pending.effective(), pending.legalBasis());
    }

    /** What binding could not read (a day that does not exist), then a missing day or file, or a file not CSV. */
    FieldProblems problems(BindingResult binding) {
        FieldProblems problems = new FieldProblems().unreadable(binding, field -> field, "successionPage.unreadable");
        problems.required("effective", effective);
        if (file == null || file.isEmpty()) {
            problems.add("file", "successionPage.file.missing");
        } else if (file.getOriginalFilename() == null
                || !file.getOriginalFilename().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            problems.add("file", "successionPage.file.notCsv");
        }
        if (legalBasis != null && legalBasis.length() > LEGAL_BASIS_LENGTH) {
            problems.add("legalBasis", "catalogue.tooLong", LEGAL_BASIS_LENGTH);
        }
        return problems;
    }

    /** The list as kept for the session: read once, so the import needs no second upload. */
    PendingList pending() throws IOException {
        return new PendingList(file.getOriginalFilename(), file.getBytes(), effective, legalBasis);
    }
}
