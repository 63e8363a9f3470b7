/**
 * The coordination work that reaches people: trainings of officers (date, topic, organiser, place, participants
 * counted per commune and per organisation) and propaganda and counselling sessions (the laws the programme names,
 * labour export, vocational guidance: date, place, organiser, commune, audience) of a programme, entered by whoever
 * writes the organiser or the commune, audited, listed with totals per commune and per topic computed when read, and
 * summed per commune as register figures a periodic report is filled with. Owns the tables outreach_training,
 * outreach_training_participants and outreach_session.
 */
package vn.ansinh.outreach;
