/**
 * Commendation at the year-end review: the ranking the dashboard computes for a programme made a proposal (the units
 * and organisations the coordinating office proposes, with their results and a reason), the households that left
 * poverty during the year honoured at their commune's conference (read from the household registry), the proposal as
 * a DOCX for the leader to sign, and the decision recorded (number, day, who was commended; the proposal then
 * read-only). Administrators write; whoever reads the programme reads. Owns the tables commendation_proposal and
 * commendation_nominee.
 */
package vn.ansinh.commendation;
