/**
 * The coordination work of a programme as data, followed to its end: its meetings (monthly, quarterly,
 * extraordinary, the six-month «sơ kết» and year-end «tổng kết» reviews) with their chair, secretary, parties present,
 * agenda and minutes, and the minutes as a DOCX biên bản; its joint inspections and supervisions (plan, team, communes
 * and subject inspected, findings); and what both decided as action items, each of one responsible party, carried from
 * meeting to meeting until closed with a line saying what was done, overdue once past its date. Owns the tables
 * coordination_meeting, coordination_meeting_party, joint_inspection, joint_inspection_party, joint_inspection_unit
 * and action_item. The coordinating office records meetings and inspections; a responsible party closes its items.
 */
package vn.ansinh.meetings;
