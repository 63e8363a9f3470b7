package vn.ansinh.intake;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.stereotype.Service;

import vn.ansinh.intake.internal.ProgrammeFileImport;

/**
 * Imports a programme data file — the seed and a user's file alike. All or nothing: with any
 * error nothing is written; a dry run checks and counts everything, then writes nothing.
 */
@Service
public class ProgrammeImporter {

    private final ProgrammeFileImport fileImport;

    ProgrammeImporter(ProgrammeFileImport fileImport) {
        this.fileImport = fileImport;
    }

    public ImportResult importFile(String fileName, InputStream content, boolean dryRun) throws IOException {
        return fileImport.run(fileName, content, dryRun);
    }
}
