/**
 * Children («Trẻ em»): the criteria of a child-friendly commune (xã, phường phù hợp với trẻ em) as versioned data, each
 * set valid from a day with its legal basis (a later set, entered by an administrator, ends the one before); each
 * commune's assessment per year, criterion by criterion, and whether it meets the standard (every criterion of the
 * set in force on 31/12 of the year assessed met); children in special circumstances per commune and year, counted by
 * group of Điều 10 Luật Trẻ em 2016 with how many were supported; and child abuse and accident cases, without names.
 * Owns the tables child_criteria_set, child_criterion, child_friendly_assessment, child_special_count and child_case.
 */
package vn.ansinh.children;
