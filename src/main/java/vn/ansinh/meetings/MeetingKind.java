package vn.ansinh.meetings;

/** Why a programme's parties meet: the regular briefings, an extraordinary meeting, or a review of the year's work. */
public enum MeetingKind {
    MONTHLY, QUARTERLY, EXTRAORDINARY, SIX_MONTH_REVIEW, YEAR_END_REVIEW
}
