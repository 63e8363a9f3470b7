/**
 * The base levels of the allowance schemes as versioned data: the base for people with merit (mức chuẩn trợ cấp ưu
 * đãi người có công) and the social assistance base (mức chuẩn trợ giúp xã hội), each valid from a day with the
 * decree that set it; a new base, entered by an administrator when a decree is issued, ends the one before. Owns the
 * tables allowance_base and allowance_grant (each commune's register of beneficiaries as their decisions grant
 * them, each grant optionally naming the registry household its beneficiary lives in and their citizen ID, and why
 * it ended) and allowance_grant_change (a grant's coefficient and decision changed from a month on by a later
 * decision, its history kept). A monthly allowance is a base times the coefficient in force that month, computed,
 * never stored; a level entered after it took effect owes arrears; a social assistance grant ended by death owes
 * funeral support. Grants are added one by one or from a list, and the month's payments, changes (new, stopped and
 * changed grants) and arrears are given as workbooks.
 */
package vn.ansinh.allowances;
