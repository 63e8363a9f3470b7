/**
 * Reminders: what is due reaches the person who must act without anyone chasing — a periodic report due within a
 * few days or overdue (to the officers of the commune or organisation that has not submitted it), a poverty review
 * round still open in December (to the commune's officers and the administrators), and whatever else a
 * {@link vn.ansinh.reminders.ReminderSource} says is due. A daily job gives each reminder once per person, kind,
 * subject and stage; it is shown under the bell of the navigation bar and, where the office configures an SMTP
 * server (spring.mail.host), e-mailed once to the person's address. Owns the table reminder (and the e-mail address
 * column of user_account is read through the accounts module).
 */
package vn.ansinh.reminders;
