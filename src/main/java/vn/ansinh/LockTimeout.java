package vn.ansinh;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The same wait for a locked row on both databases: H2 is given {@code LOCK_TIMEOUT} in its URL; PostgreSQL
 * waits forever unless told, so each of its connections starts with {@code SET lock_timeout}. A change that
 * cannot have its rows in time fails whole (the API answers 409) instead of hanging a request or the nightly
 * retention run behind a stuck transaction.
 */
@Component
class LockTimeout implements BeanPostProcessor {

    private final Duration timeout;

    LockTimeout(@Value("${ansinh.database.lock-timeout:10s}") Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:postgresql:") && hikari.getConnectionInitSql() == null) {
            hikari.setConnectionInitSql("SET lock_timeout = " + timeout.toMillis());
        }
        return bean;
    }
}
