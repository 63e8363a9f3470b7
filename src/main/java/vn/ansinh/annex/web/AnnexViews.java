package vn.ansinh.annex.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import vn.ansinh.annex.AnnexSubtitle;
import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;

/** Looks up a programme's tables for pages, downloads and the API; unknown ones are 404. */
@Component
class AnnexViews {

    private final AnnexTables tables;
    private final Programmes programmes;
    private final AnnexSubtitle subtitle;

    AnnexViews(AnnexTables tables, Programmes programmes, AnnexSubtitle subtitle) {
        this.tables = tables;
        this.programmes = programmes;
        this.subtitle = subtitle;
    }

    Programme programme(long id) {
        return programmes.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "programme"));
    }

    List<String> codes(long id) {
        programme(id);
        return tables.codes(id);
    }

    ComputedTable computed(long id, String code) {
        programme(id);
        return tables.computed(id, code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "table"));
    }

    String subtitle(long id, Locale locale) {
        return subtitle.of(programme(id).document(), locale);
    }

    TableView one(long id, String code, Locale locale) {
        return TableView.of(computed(id, code), subtitle(id, locale));
    }

    List<TableView> all(long id, Locale locale) {
        String text = subtitle(id, locale);
        return tables.allComputed(id).stream().map(t -> TableView.of(t, text)).toList();
    }
}
