package vn.ansinh.gratitude;

/** Why people with merit were visited: War Invalids and Martyrs Day (27/7), Tết, or another occasion. */
public enum GiftOccasion {
    WAR_INVALIDS_DAY, TET, OTHER
}
