package vn.ansinh.datacopy.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;

import vn.ansinh.datacopy.CopyRefusedException;
import vn.ansinh.datacopy.CopyTarget;
import vn.ansinh.datacopy.DatabaseCopy;
import vn.ansinh.datacopy.TableCopy;

/**
 * {@code java -jar ansinh.jar --spring.main.web-application-type=none --ansinh.copy.to.url=jdbc:postgresql://…}:
 * copies, says per table what went across and whether it checked, and ends (0: copied and checked;
 * 1: rows differed, nothing kept; 2: refused, nothing kept).
 */
@Component
class CopyOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CopyOnStart.class);

    private final CopyTarget target;
    private final DatabaseCopy copy;
    private final ConfigurableApplicationContext context;

    CopyOnStart(CopyTarget target, DatabaseCopy copy, ConfigurableApplicationContext context) {
        this.target = target;
        this.copy = copy;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (target.requested()) {
            int code = copy();
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    int copy() {
        log.info("Copying every table to {}", target.url());
        try {
            List<TableCopy> tables = copy.copyTo(new DriverManagerDataSource(target.url(), target.username(), target.password()));
            tables.forEach(t -> log.info("{}: {} rows, {} on PostgreSQL, {}", t.table(), t.sourceRows(), t.targetRows(),
                    t.matches() ? "the same" : "DIFFERENT"));
            long rows = tables.stream().mapToLong(TableCopy::sourceRows).sum();
            if (tables.stream().allMatch(TableCopy::matches)) {
                log.info("Copied {} rows in {} tables, each checked row for row. Start ansinh on PostgreSQL now.", rows, tables.size());
                return 0;
            }
            log.error("Rows differ after the copy; nothing was kept on PostgreSQL.");
            return 1;
        } catch (CopyRefusedException e) {
            log.error("No copy: {}", e.getMessage());
            return 2;
        }
    }
}
