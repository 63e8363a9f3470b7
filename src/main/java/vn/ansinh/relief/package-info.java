/**
 * Emergency relief (trợ giúp đột xuất): a storm, flood, drought, fire or hunger before the harvest that struck one or
 * more communes on a day, the households it hit in each commune with their damage (optionally linked to the household
 * registry), and the relief each household was given (rice, money, goods, by whom and when). Owns the tables
 * relief_event, relief_event_unit, relief_household and relief_given. Totals per commune and per event (households
 * affected and relieved, rice in kg, money in đồng) are computed when read, never stored; other modules read them
 * through {@link vn.ansinh.relief.Relief}. An event's households and the relief given may also come from a CSV or XLSX
 * list ({@link vn.ansinh.relief.ReliefImports}), checked by the page forms' rules, all written or none.
 */
package vn.ansinh.relief;
