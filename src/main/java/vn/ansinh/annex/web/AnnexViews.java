package vn.ansinh.annex.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import vn.ansinh.annex.AnnexSubtitle;
import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.SplitKey;
import vn.ansinh.annex.TableAsOf;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;

/**
 * Looks up a programme's tables for pages, downloads and the API, as the user's scope sees them.
 * Unknown ones are 404, and so are programmes the user may not read (not 403: their ids stay unknown).
 */
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

    Programme programme(long id, AccessScope scope) {
        return programmes.byId(id, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "programme"));
    }

    List<String> codes(long id, AccessScope scope) {
        programme(id, scope);
        return tables.codes(id, scope);
    }

    ComputedTable computed(long id, String code, AccessScope scope) {
        programme(id, scope);
        return tables.computed(id, code, scope)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "table"));
    }

    /** The table under the units in force on the day; refused ({@link vn.ansinh.annex.SplitRefusedException}) as the key asks. */
    TableAsOf asOf(long id, String code, AccessScope scope, LocalDate day, SplitKey key) {
        programme(id, scope);
        return tables.asOf(id, code, scope, day, key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "table"));
    }

    String subtitle(long id, Locale locale, AccessScope scope) {
        return subtitle.of(programme(id, scope).document(), locale);
    }

    TableView one(long id, String code, Locale locale, AccessScope scope) {
        return TableView.of(computed(id, code, scope), subtitle(id, locale, scope), scope);
    }

    List<TableView> all(long id, Locale locale, AccessScope scope) {
        String text = subtitle(id, locale, scope);
        return tables.allComputed(id, scope).stream().map(t -> TableView.of(t, text, scope)).toList();
    }
}
