package vn.ansinh.responsibility;

/** A department as the responsibilities name it: a short code (SNV), its Vietnamese and its English name. */
public record Department(String code, String name, String nameEn) {
}
