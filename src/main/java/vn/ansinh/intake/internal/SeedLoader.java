package vn.ansinh.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ansinh.intake.ImportResult;
import vn.ansinh.intake.IntakeErrorFormatter;
import vn.ansinh.intake.IntakeProperties;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.programme.Programmes;

/**
 * Loads the seed programme, then the files of what became of its units, into an empty database through the same
 * import as a user's file.
 * A broken seed file stops the start with every error named, and nothing of any seed file is written. It runs once every
 * bean (Flyway's migration included) is ready but before the web server opens, so no visitor
 * ever sees an empty ansinh while the seed is still loading.
 */
@Component
class SeedLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final IntakeProperties properties;
    private final ProgrammeImporter importer;
    private final Programmes programmes;
    private final ResourceLoader resources;
    private final IntakeErrorFormatter formatter;
    private final TransactionTemplate transaction;

    SeedLoader(IntakeProperties properties, ProgrammeImporter importer, Programmes programmes, ResourceLoader resources,
            IntakeErrorFormatter formatter, TransactionTemplate transaction) {
        this.properties = properties;
        this.importer = importer;
        this.programmes = programmes;
        this.resources = resources;
        this.formatter = formatter;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.seed() == null || !properties.seed().enabled() || !programmes.all().isEmpty()) {
            return;
        }
        // One transaction: a follow-up that fails leaves no programme behind to stop the next start loading them all.
        transaction.executeWithoutResult(status -> properties.seed().locations().forEach(this::load));
    }

    private void load(String location) {
        Resource seed = resources.getResource(location);
        ImportResult result;
        try (InputStream in = seed.getInputStream()) {
            result = importer.importFile(seed.getFilename(), in, false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seed file " + location, e);
        }
        if (!result.succeeded()) {
            throw new IllegalStateException(formatter.seedFailed(result, VIETNAMESE));
        }
        log.info("Seed file {} loaded: {}", seed.getFilename(), result.created());
    }
}
