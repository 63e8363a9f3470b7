package vn.ansinh.relief;

/** What struck: the kinds of event emergency relief answers. */
public enum DisasterKind {
    STORM, FLOOD, DROUGHT, FIRE, HUNGER_BEFORE_HARVEST, OTHER
}
