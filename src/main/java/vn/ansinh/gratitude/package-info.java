/**
 * A commune's gratitude fund (Quỹ Đền ơn đáp nghĩa): the contributions to it by month (from a partner organisation of
 * the commune or a contributor named as text), the gratitude houses built or repaired and handed over (optionally
 * linked to a household of the registry), and the visits and gifts to people with merit on 27/7, at Tết or otherwise.
 * Owns the tables gratitude_contribution, gratitude_house and gratitude_gift. Amounts are whole đồng; every total is
 * summed when read, never stored. Contributions and houses are entered on the page or imported from a list (CSV of
 * one, or a workbook with a sheet «Đóng góp» and a sheet «Nhà tình nghĩa»), all or nothing, by the same rules.
 */
package vn.ansinh.gratitude;
