package vn.ansinh.shared;

/**
 * A record of a catalogue (a unit, an organisation, an indicator) was created (before is null) or
 * changed; catalogue records are never deleted. The audit keeps both records whole.
 */
public interface CatalogueChange<T extends CatalogueChange.Identified> extends AuditedChange {

    /** A record with its database id. */
    interface Identified {

        Long id();
    }

    T before();

    T after();

    @Override
    default String entityId() {
        return String.valueOf(after().id());
    }

    @Override
    default Object oldValue() {
        return before();
    }

    @Override
    default Object newValue() {
        return after();
    }
}
