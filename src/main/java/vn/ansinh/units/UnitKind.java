package vn.ansinh.units;

/** Kinds of administrative unit, any level; the tree decides the depth, not the kind. */
public enum UnitKind {
    PROVINCE,
    CENTRAL_CITY,
    DISTRICT,
    URBAN_DISTRICT,
    TOWN,
    PROVINCIAL_CITY,
    COMMUNE,
    WARD,
    TOWNSHIP,
    SPECIAL_ZONE,
    VILLAGE,
    RESIDENTIAL_GROUP
}
