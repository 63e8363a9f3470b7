/**
 * Coordination duties as commitments: the parties a programme binds ({@link vn.ansinh.commitments.ProgrammeParties}),
 * each duty of section II made a commitment of each party it binds (its domain, wording as signed, how often or by
 * when, the indicator it moves), editable by the coordinating office, and each party's progress on them per
 * reporting period (done, in progress, not started, with a line of evidence).
 */
package vn.ansinh.commitments;
