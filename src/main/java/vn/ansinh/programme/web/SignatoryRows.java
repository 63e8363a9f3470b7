package vn.ansinh.programme.web;

import java.util.ArrayList;
import java.util.List;

import vn.ansinh.programme.Signatory;

/** The signatory rows a form sent: a row with neither organisation nor label is left out. */
final class SignatoryRows {

    private SignatoryRows() {
    }

    static List<Signatory> of(List<String> organisations, List<String> labels) {
        List<String> ids = organisations == null ? List.of() : organisations;
        List<String> texts = labels == null ? List.of() : labels;
        List<Signatory> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(ids.size(), texts.size()); i++) {
            String id = i < ids.size() ? ids.get(i).strip() : "";
            String label = i < texts.size() ? texts.get(i) : "";
            if (!id.isEmpty() || !label.isBlank()) {
                rows.add(new Signatory(id.isEmpty() ? 0 : Long.parseLong(id), label));
            }
        }
        return rows;
    }
}
