package vn.ansinh.backups.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.ansinh.backups.BackupProperties;

/** The hook that restores a backup, if asked, before Flyway migrates at start. */
@Configuration(proxyBeanMethods = false)
class BackupConfiguration {

    @Bean
    RestoreBeforeMigration restoreBeforeMigration(BackupProperties properties) {
        return new RestoreBeforeMigration(properties);
    }
}
