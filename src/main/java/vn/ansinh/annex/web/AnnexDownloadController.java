package vn.ansinh.annex.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.SplitKey;
import vn.ansinh.annex.TableAsOf;
import vn.ansinh.annex.internal.AnnexWorkbook;
import vn.ansinh.shared.AccessScope;

/**
 * An annex table as an Excel workbook laid out as printed, with live formulas. Only the user's
 * rows and columns are in it, so its column sums total those rows.
 */
@Controller
class AnnexDownloadController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AnnexViews views;
    private final MessageSource messages;

    AnnexDownloadController(AnnexViews views, MessageSource messages) {
        this.views = views;
        this.messages = messages;
    }

    private String subtitle(long id, LocalDate asOf, Locale locale, AccessScope scope) {
        return views.subtitle(id, locale, scope) + " – " + messages.getMessage("annex.asOf.note",
                new Object[] {asOf.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))}, locale);
    }

    /** Beside each row, the rows it holds, as the page shows them. */
    private AnnexWorkbook.RowNotes held(TableAsOf regrouped, Locale locale) {
        AsOfView view = AsOfView.of(regrouped, "");
        java.util.List<String> texts = view.notes().stream().map(note -> text(note, locale)).toList();
        return new AnnexWorkbook.RowNotes(messages.getMessage("annex.asOf.held", null, locale), texts);
    }

    private String text(AsOfView.RowNote note, Locale locale) {
        String held = note.held().stream().map(h -> !h.counted()
                ? messages.getMessage("annex.asOf.uncounted", new Object[] {h.label()}, locale)
                : h.percent() == null ? h.label()
                : messages.getMessage("annex.asOf.share", new Object[] {h.label(), h.percent()}, locale))
                .collect(java.util.stream.Collectors.joining(", "));
        return note.comparable() ? held : held + " – " + messages.getMessage("annex.asOf.notComparable", null, locale);
    }

    @GetMapping("/programmes/{id}/tables/{code}.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id, @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String split, Locale locale, AccessScope scope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComputedTable table;
        if (asOf == null) {
            table = views.computed(id, code, scope);
            AnnexWorkbook.write(table, views.subtitle(id, locale, scope), out);
        } else {
            TableAsOf regrouped = views.asOf(id, code, scope, asOf, SplitKey.parse(split).orElse(null));
            table = regrouped.table();
            AnnexWorkbook.write(table, subtitle(id, asOf, locale, scope), held(regrouped, locale), out);
        }
        String fileName = code + "-" + table.year() + (asOf == null ? "" : "-" + asOf) + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(out.toByteArray());
    }
}
