package vn.ansinh.datacopy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import vn.ansinh.datacopy.CopyTarget;
import vn.ansinh.datacopy.DatabaseCopy;
import vn.ansinh.support.EmbeddedPostgresInitializer;
import vn.ansinh.support.IntegrationTest;

/** The command's exit codes: 0 copied and checked, 2 refused (the process then ends with it). */
@IntegrationTest
class CopyOnStartTest {

    @Autowired
    DatabaseCopy copy;
    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void anEmptyPostgresqlDatabaseIsCopiedIntoAndAFullOneRefused() {
        CopyTarget target = new CopyTarget(EmbeddedPostgresInitializer.freshDatabase(), "postgres", "");

        assertThat(new CopyOnStart(target, copy, context).copy()).isZero();
        assertThat(new CopyOnStart(target, copy, context).copy()).isEqualTo(2);
    }

    @Test
    void withoutATargetTheApplicationStartsAsUsual() {
        new CopyOnStart(new CopyTarget(null, null, null), copy, context).run(null);

        assertThat(context.isActive()).isTrue();
    }
}
