package vn.ansinh.apportionment.web;

import java.util.List;
import java.util.function.UnaryOperator;

import vn.ansinh.apportionment.Preview;
import vn.ansinh.apportionment.Share;
import vn.ansinh.apportionment.Split;
import vn.ansinh.shared.VietnameseNumbers;

/** A preview as the page shows it: figures in Vietnamese format, the sum row, and whether it split equally. */
record PreviewView(String tableCode, boolean equal, List<Row> rows, Row total) {

    record Row(String name, String base, String exact, String share) {
    }

    /** naming: the name a row shows for the part's name (a commune's, in the page's language). */
    static PreviewView of(Preview preview, String totalLabel, UnaryOperator<String> naming) {
        Split split = preview.split();
        List<Row> rows = split.parts().stream().map(share -> row(share, naming)).toList();
        Row total = new Row(totalLabel, split.equal() ? "" : VietnameseNumbers.formatAmount(split.baseTotal()),
                VietnameseNumbers.formatRate(java.math.BigDecimal.valueOf(split.whole())),
                VietnameseNumbers.formatAmount(java.math.BigDecimal.valueOf(split.shareTotal())));
        return new PreviewView(preview.tableCode(), split.equal(), rows, total);
    }

    private static Row row(Share share, UnaryOperator<String> naming) {
        return new Row(naming.apply(share.name()), VietnameseNumbers.formatAmount(share.base()),
                VietnameseNumbers.formatRate(share.exactShare()),
                VietnameseNumbers.formatAmount(java.math.BigDecimal.valueOf(share.share())));
    }
}
