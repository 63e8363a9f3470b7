package vn.ansinh.outreach;

/**
 * What a commune's outreach registers count over some days: officers of the commune trained, sessions held in it, the
 * people they reached, and of those the people counselled on labour export. empty: nothing was entered for it.
 */
public record OutreachFigures(long officersTrained, long sessions, long reached, long labourExportCounselled,
        boolean empty) {

    public static final OutreachFigures NONE = new OutreachFigures(0, 0, 0, 0, true);

    public OutreachFigures plus(OutreachFigures other) {
        return new OutreachFigures(officersTrained + other.officersTrained, sessions + other.sessions,
                reached + other.reached, labourExportCounselled + other.labourExportCounselled,
                empty && other.empty);
    }
}
