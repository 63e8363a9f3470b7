package vn.ansinh;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules only use each other's top-level API, and never in a cycle. */
class ModuleBoundariesTest {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(AnsinhApplication.class).verify();
    }
}
