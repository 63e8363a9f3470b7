package vn.ansinh.shared;

/** The four domains of a coordination programme. */
public enum Domain {
    PEOPLE_WITH_MERIT,
    LABOUR,
    POVERTY,
    CHILDREN_SOCIAL_PROTECTION
}
