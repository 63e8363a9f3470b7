package vn.ansinh.attainment;

/** A criterion a commune did not meet, named in both languages. */
public record CriterionRef(String code, String nameVi, String nameEn) {
}
