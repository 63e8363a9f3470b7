/**
 * Personal data (Law 91/2025/QH15, NĐ 356/2025): the access log of every page and download that showed
 * personal data unmasked (kept from the {@link vn.ansinh.shared.PersonalDataShown} events the showing modules
 * publish), the purpose form a user fills in once per session before such a view, the page telling every user
 * what ansinh holds and why, an administrator's export of everything held about one citizen ID, and the
 * retention of households' personal data: the dry run and the anonymisation, by an administrator or daily,
 * through {@link vn.ansinh.households.HouseholdRetention}.
 */
package vn.ansinh.privacy;
