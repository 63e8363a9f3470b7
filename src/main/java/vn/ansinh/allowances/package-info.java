/**
 * The base levels of the allowance schemes as versioned data: the base for people with merit (mức chuẩn trợ cấp ưu
 * đãi người có công) and the social assistance base (mức chuẩn trợ giúp xã hội), each valid from a day with the
 * decree that set it; a new base, entered by an administrator when a decree is issued, ends the one before. Owns the
 * table allowance_base. A monthly allowance is a base times the coefficient of the beneficiary's group.
 */
package vn.ansinh.allowances;
