/**
 * Moving an office's data to PostgreSQL when it outgrows one PC: every table of the running database
 * copied into an empty PostgreSQL database migrated to the same schema, in one transaction, then checked
 * row for row (a count and a digest per table) before it is committed. Started from the command line
 * with {@code --ansinh.copy.to.url}; owns nothing else.
 */
package vn.ansinh.datacopy;
