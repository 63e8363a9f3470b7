package vn.ansinh.programme.web;

import java.util.ArrayList;
import java.util.List;

import vn.ansinh.programme.Signatory;

/**
 * The signatories form as sent: row i's organisation (its id as text) and label, and the version of the text it
 * was read at. Kept as typed, so a refused form comes back with every row the user entered; a row with neither
 * organisation nor label is left out (the blank last row adds one).
 */
record SignatoriesForm(List<String> organisationId, List<String> label, Integer version) {

    static SignatoriesForm of(List<Signatory> signatories, int version) {
        return new SignatoriesForm(signatories.stream().map(s -> String.valueOf(s.organisationId())).toList(),
                signatories.stream().map(Signatory::label).toList(), version);
    }

    /** The rows as typed, blank ones left out, with a blank one at the end to add a signatory. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>(filled());
        rows.add(new Row("", ""));
        return rows;
    }

    /** The rows as signatories; an organisation not chosen, or not a number, is 0: none such (the rules say so). */
    List<Signatory> signatories() {
        return filled().stream().map(r -> new Signatory(r.organisationId() == null ? 0 : r.organisationId(),
                r.label())).toList();
    }

    SignatoriesForm at(int newer) {
        return new SignatoriesForm(organisationId, label, newer);
    }

    /** One row as typed: the organisation's id as text ("" for none) and the label. */
    record Row(String organisation, String label) {

        /** The organisation's id, or none when not chosen or not a number. */
        Long organisationId() {
            try {
                return organisation.isEmpty() ? null : Long.valueOf(organisation);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private List<Row> filled() {
        List<String> ids = organisationId == null ? List.of() : organisationId;
        List<String> texts = label == null ? List.of() : label;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(ids.size(), texts.size()); i++) {
            String id = i < ids.size() && ids.get(i) != null ? ids.get(i).strip() : "";
            String text = i < texts.size() && texts.get(i) != null ? texts.get(i) : "";
            if (!id.isEmpty() || !text.isBlank()) {
                rows.add(new Row(id, text));
            }
        }
        return rows;
    }
}
