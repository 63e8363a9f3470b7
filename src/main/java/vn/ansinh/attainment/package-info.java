/**
 * Targets the registers decide, not a figure typed by hand: «no poor household among people with merit's
 * households» (the allowance register's merit grants against the household registry's statuses), «child-friendly
 * commune» (each commune's assessment against the criteria in force) and «every poor and near-poor household
 * supported» (the registry against the support log), computed per commune of a programme with the households or
 * criteria that break each one. Feeds the periodic reports' figures and the dashboard; owns no table.
 */
package vn.ansinh.attainment;
