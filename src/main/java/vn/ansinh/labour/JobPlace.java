package vn.ansinh.labour;

/** Where a job placement is. */
public enum JobPlace {
    IN_COMMUNE,
    IN_PROVINCE,
    OTHER_PROVINCE,
    ABROAD
}
