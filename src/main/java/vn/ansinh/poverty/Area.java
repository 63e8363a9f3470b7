package vn.ansinh.poverty;

/** Where a household lives, for the income line that applies: rural (nông thôn) or urban (thành thị). */
public enum Area {
    RURAL,
    URBAN
}
