package vn.ansinh.households;

/** What the yearly review decided for a household; it sets the household's status of the next year. */
public enum ReviewOutcome {
    /** Was poor, stays poor. */
    STAYS_POOR,
    /** Was poor, leaves poverty (medium living standard or not poor). */
    EXITS_POVERTY,
    /** Was poor, leaves poverty and becomes near-poor. */
    BECOMES_NEAR_POOR,
    /** Was not poor and never had been: new poor household (phát sinh nghèo). */
    NEW_POOR,
    /** Was not poor but had been before: falls back into poverty (tái nghèo). */
    RELAPSED,
    /** Left the commune: no status next year. */
    MOVED_AWAY
}
