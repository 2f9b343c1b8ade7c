package org.rectify.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Drafted reports kept under target/summary/ for a person to open, and for CI to convert to PDF
 * with LibreOffice and keep a page image of (.ci/run).
 */
final class ReportArtifacts {

    static final Path FOLDER = Path.of("target", "summary");

    private ReportArtifacts() {
    }

    static void keep(String name, byte[] content) {
        try {
            Files.createDirectories(FOLDER);
            Files.write(FOLDER.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
