/**
 * The leaders' dashboard: each target's progress against the pace of the year, poverty rate by
 * commune, the monthly trend, plan against actual and the ranking for commendation, and a province's roll-up of
 * its communes' programmes. Reads the labour records, the approved periodic reports, the targets and the annex
 * tables, and the overdue action items of meetings and inspections; writes nothing.
 */
package vn.ansinh.dashboard;
