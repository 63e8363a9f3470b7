package vn.ansinh.planning;

/** How a programme for a unit and year is started. */
public enum StartWay {
    /** The seed's structure (sections, domains, tables, columns, formulas), the unit's children as rows. */
    TEMPLATE,
    /** The predecessors' latest programme, its rows followed through succession to the units in force. */
    PREDECESSORS
}
