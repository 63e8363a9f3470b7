package vn.ansinh.poverty;

/** An indicator of deprivation in basic social services (chỉ số thiếu hụt), in its dimension. */
public record DeprivationIndicator(String code, String dimension, String name, String nameEn) {
}
