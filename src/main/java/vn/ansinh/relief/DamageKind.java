package vn.ansinh.relief;

/** What a household lost; DEAD_OR_MISSING says how many people. */
public enum DamageKind {
    DEAD_OR_MISSING, HOUSE_COLLAPSED, HOUSE_DAMAGED, CROPS_LOST, OTHER;

    public boolean countsPeople() {
        return this == DEAD_OR_MISSING;
    }
}
