/**
 * Which department is responsible for each domain of a programme, over time: versioned data with validity
 * (the district's office of labour, invalids and social affairs until 30/06/2025; since 01/07/2025 the four
 * provincial departments that took its work over). Owns the table domain_responsibility; answers which department
 * had a domain, or one indicator of it, on a day or during a programme's year, so that the dashboard and the
 * consolidated report can be cut by department.
 */
package vn.ansinh.responsibility;
