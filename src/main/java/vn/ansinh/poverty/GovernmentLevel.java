package vn.ansinh.poverty;

/** A level of local government that recognises or consolidates the review's lists. */
public enum GovernmentLevel {
    COMMUNE,
    DISTRICT,
    PROVINCE
}
