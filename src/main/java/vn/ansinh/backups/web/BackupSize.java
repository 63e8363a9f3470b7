package vn.ansinh.backups.web;

import java.text.NumberFormat;
import java.util.Locale;

/** A file's size as the offices read it, in vi-VN format: "812 byte", "45,3 KB", "12,8 MB", "1,2 GB". */
final class BackupSize {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private BackupSize() {
    }

    static String of(long bytes) {
        if (bytes < 1024) {
            return NumberFormat.getIntegerInstance(VI).format(bytes) + " byte";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        NumberFormat format = NumberFormat.getNumberInstance(VI);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value) + " " + UNITS[unit];
    }
}
