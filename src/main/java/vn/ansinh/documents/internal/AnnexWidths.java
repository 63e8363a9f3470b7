package vn.ansinh.documents.internal;

import java.util.Arrays;

import vn.ansinh.documents.AnnexPage;

/**
 * Column widths of an annex table in a given width (any unit), in shares: one for the ordinal in
 * the first column, two for each number, five for each text column such as the unit's name.
 */
final class AnnexWidths {

    private static final int ORDINAL_SHARE = 1;
    private static final int NUMBER_SHARE = 2;
    private static final int TEXT_SHARE = 5;

    private AnnexWidths() {
    }

    static int[] of(AnnexPage page, int width) {
        int[] shares = new int[page.columns()];
        for (int c = 0; c < shares.length; c++) {
            shares[c] = c == 0 ? ORDINAL_SHARE : page.numeric().get(c) ? NUMBER_SHARE : TEXT_SHARE;
        }
        int total = Arrays.stream(shares).sum();
        return Arrays.stream(shares).map(share -> width * share / total).toArray();
    }
}
