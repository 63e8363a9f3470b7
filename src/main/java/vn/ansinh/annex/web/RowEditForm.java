package vn.ansinh.annex.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The row form as sent: each input figure as typed by column code (values[6]=216, blanks trimmed to none by
 * FormBinding: a figure cleared), and the version of the unit's figures the form was read at.
 */
public class RowEditForm {

    private int version;
    private Map<String, String> values = new LinkedHashMap<>();

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public void setValues(Map<String, String> values) {
        this.values = values;
    }
}
