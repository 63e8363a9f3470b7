/**
 * Backups of the office's database: a consistent copy made while ansinh runs (by an administrator or on
 * the daily schedule) into the backup folder, the copies kept by day and by month, and the restore of a
 * copy into an empty database before the migrations run at start. Owns the files of the backup folder;
 * writes no table of its own (its audit entries are the audit module's).
 */
package vn.ansinh.backups;
