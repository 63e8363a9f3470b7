package vn.ansinh.targets;

/** Where a baseline or target belongs: indicator × unit × (organisation or null). */
public record FigureKey(long indicatorId, long unitId, Long organisationId) {
}
