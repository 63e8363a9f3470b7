package vn.ansinh.commitments.web;

import vn.ansinh.commitments.ProgressFields;

/** A party's progress for a period as typed on its page: the period's code, and status and evidence by commitment. */
public class PartyProgressForm extends ProgressFields {

    private String period;

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
