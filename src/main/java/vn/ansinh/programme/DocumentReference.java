package vn.ansinh.programme;

/**
 * The programme's number and date as printed. Before signing, the number and day are left
 * blank ("số      /CTrPH–UBND ngày     tháng 02 năm 2019"), so both may be null.
 */
public record DocumentReference(String number, String symbol, Integer day, Integer month, int year) {
}
