package vn.ansinh.backups.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.backups.Backup;
import vn.ansinh.backups.BackupNotFoundException;
import vn.ansinh.backups.BackupTrigger;
import vn.ansinh.backups.Backups;

/** Backups through the API, for administrators: make one now, list the kept ones, read one. */
@RestController
@Tag(name = "Backups", description = "Backups of the embedded database (administrators only)")
class BackupApiController {

    private static final String PATH = "/api/v1/admin/backups";

    private final Backups backups;

    BackupApiController(Backups backups) {
        this.backups = backups;
    }

    /** A backup as the API gives it: name, size in bytes, and when it was made. */
    record BackupJson(String name, long size, Instant createdAt) {

        static BackupJson of(Backup backup) {
            return new BackupJson(backup.name(), backup.size(), backup.createdAt());
        }
    }

    @PostMapping(PATH)
    @Operation(summary = "Make a backup now (H2 only; on PostgreSQL 409 naming pg_dump)")
    ResponseEntity<BackupJson> make() {
        Backup made = backups.make(BackupTrigger.USER);
        return ResponseEntity.created(URI.create(PATH + "/" + made.name())).body(BackupJson.of(made));
    }

    @GetMapping(PATH)
    @Operation(summary = "The kept backups, newest first")
    List<BackupJson> list() {
        return backups.list().stream().map(BackupJson::of).toList();
    }

    @GetMapping(PATH + "/{name}")
    @Operation(summary = "One kept backup")
    BackupJson one(@PathVariable String name) {
        return backups.byName(name).map(BackupJson::of).orElseThrow(() -> new BackupNotFoundException(name));
    }
}
