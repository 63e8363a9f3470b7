package vn.ansinh.programme;

/**
 * The programme's number and date as printed. Before signing, the number and day are left
 * blank ("số      /CTrPH–UBND ngày     tháng 02 năm 2019"), so both may be null.
 */
public record DocumentReference(String number, String symbol, Integer day, Integer month, int year) {

    /** What a blank number or date part is printed as, to be filled in by hand. */
    public static final String BLANK = "…";

    /** The number, or a blank followed by a space before the "/" of the symbol. */
    public String printedNumber() {
        return number == null ? BLANK + " " : number;
    }

    /** The day in two digits ("05"), or a blank. */
    public String printedDay() {
        return twoDigits(day);
    }

    /** The month in two digits ("02"), or a blank. */
    public String printedMonth() {
        return twoDigits(month);
    }

    private static String twoDigits(Integer value) {
        return value == null ? BLANK : String.format("%02d", value);
    }
}
