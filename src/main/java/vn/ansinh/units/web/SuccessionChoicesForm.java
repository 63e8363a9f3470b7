package vn.ansinh.units.web;

import java.util.List;

/**
 * The choices sent with «Nhập»: for each row of the kept list (by its place), the code of the unit meant or
 * {@link PendingList#NO_UNIT}; a row not chosen is sent as none.
 */
record SuccessionChoicesForm(List<String> codes) {
}
