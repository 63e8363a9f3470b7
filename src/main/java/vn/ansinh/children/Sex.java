package vn.ansinh.children;

/** A child's sex, as the case report states it. */
public enum Sex {
    MALE,
    FEMALE
}
