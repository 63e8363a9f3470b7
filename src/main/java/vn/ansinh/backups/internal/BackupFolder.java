package vn.ansinh.backups.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.ansinh.backups.Backup;
import vn.ansinh.shared.OfficeTime;

/**
 * The backup folder: files named ansinh-YYYYMMDD-HHmmss.zip after the office time they were made at. Only
 * files so named are listed, kept or deleted; anything else an office puts in the folder is left alone.
 */
public class BackupFolder {

    private static final Pattern NAME = Pattern.compile("ansinh-(\\d{8}-\\d{6})\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String PART = ".part";

    private final Path folder;

    public BackupFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path path() {
        return folder;
    }

    /** The name of a backup made at this instant: its office date and time. */
    public static String nameAt(Instant instant) {
        return "ansinh-" + STAMP.format(instant.atZone(OfficeTime.ZONE)) + ".zip";
    }

    /** When the backup of this name was made, if the name is one of a backup. */
    public static Optional<Instant> madeAt(String name) {
        var matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(matcher.group(1), STAMP).atZone(OfficeTime.ZONE).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public Path file(String name) {
        return folder.resolve(name);
    }

    /** Where a backup is written first: a copy cut short by a failure is never taken for a backup. */
    public Path partFile(String name) {
        return folder.resolve(name + PART);
    }

    public Path create() {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves a finished copy to its name, at once, so a listing never sees half of it. */
    public Backup finish(String name) {
        try {
            Files.move(partFile(name), file(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(name).orElseThrow();
    }

    public Optional<Backup> of(String name) {
        Path file = file(name);
        Optional<Instant> madeAt = madeAt(name);
        if (madeAt.isEmpty() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Backup(name, Files.size(file), madeAt.get()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The backups in the folder, newest first; none when the folder does not exist yet. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> of(file.getFileName().toString()).ifPresent(backups::add));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        backups.sort(Comparator.comparing(Backup::createdAt).reversed());
        return backups;
    }

    public void delete(Backup backup) {
        try {
            Files.deleteIfExists(file(backup.name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void deletePart(String name) {
        try {
            Files.deleteIfExists(partFile(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
