/**
 * Social evils (tệ nạn xã hội) as a commune reports them each month: drug users managed, in treatment at home or in
 * the community and in a centre, supported into jobs or vocational training after treatment; people involved in
 * prostitution managed and supported; vagrants gathered and supported. Owns the table social_evils_month (one row
 * per commune and month, corrected as read at its version). Stock counts (managed, in treatment) stand as of their
 * month: a period's figure is the latest month's; flows (supported, gathered) are summed over the months. Both are
 * computed when read, never stored.
 */
package vn.ansinh.socialevils;
