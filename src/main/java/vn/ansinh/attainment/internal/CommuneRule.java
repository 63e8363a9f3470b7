package vn.ansinh.attainment.internal;

import java.util.Collection;
import java.util.Map;

import vn.ansinh.attainment.CommuneAttainment;
import vn.ansinh.attainment.ComputedTargetKind;

/** How the registers decide one kind of target for communes in a year. */
public interface CommuneRule {

    ComputedTargetKind kind();

    /** Each commune's attainment (every commune asked has one). */
    Map<Long, CommuneAttainment> assess(Collection<Long> communeIds, int year);
}
