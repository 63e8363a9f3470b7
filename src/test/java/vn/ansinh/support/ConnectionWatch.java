package vn.ansinh.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the connections each request thread holds at once: a request that takes a second connection
 * while holding one is what exhausts a pool under load (each waits for a connection the others hold).
 * Import it into a test's context; {@link #mostHeldAtOnce()} is the largest count seen on a request thread.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ConnectionWatch {

    private static final ThreadLocal<int[]> HELD = ThreadLocal.withInitial(() -> new int[1]);
    private static final AtomicInteger MOST = new AtomicInteger();
    private static volatile Throwable nested;

    public static int mostHeldAtOnce() {
        return MOST.get();
    }

    /** Where a request thread took a connection while holding another, if one did: to name the path. */
    public static String whereNested() {
        Throwable where = nested;
        if (where == null) {
            return "";
        }
        java.io.StringWriter text = new java.io.StringWriter();
        where.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }

    @Bean
    static BeanPostProcessor watchedDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && !(bean instanceof Watched) ? new Watched(dataSource) : bean;
            }
        };
    }

    static final class Watched extends DelegatingDataSource {

        Watched(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return watched(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return watched(super.getConnection(username, password));
        }

        private static Connection watched(Connection connection) {
            int[] held = HELD.get();
            held[0]++;
            if (Thread.currentThread().getName().startsWith("http-nio")) {
                MOST.accumulateAndGet(held[0], Math::max);
                if (held[0] > 1 && nested == null) {
                    nested = new Throwable("a second connection taken while holding one");
                }
            }
            boolean[] closed = {false};
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if ("close".equals(method.getName()) && !closed[0]) {
                            closed[0] = true;
                            held[0]--;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
