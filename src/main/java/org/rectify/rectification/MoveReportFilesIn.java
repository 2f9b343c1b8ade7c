package org.rectify.rectification;

import org.rectify.shared.DocumentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Versions before the document store wrote diagnosis reports into a folder
 * (rectify.rectification.report-folder). At start-up their files move into the database, once;
 * a report whose file is already there is skipped, so every node may run it.
 */
@Component
class MoveReportFilesIn implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MoveReportFilesIn.class);

    private final DiagnosisReportRepository reports;
    private final DocumentStore documents;
    private final RectificationSettings settings;

    MoveReportFilesIn(DiagnosisReportRepository reports, DocumentStore documents, RectificationSettings settings) {
        this.reports = reports;
        this.documents = documents;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        int moved = 0;
        for (DiagnosisReport report : reports.findAll()) {
            if (!documents.contains(report.getStorageName())
                    && documents.moveIn(report.getStorageName(), settings.getReportFolder().resolve(report.getStorageName()))) {
                moved++;
            }
        }
        if (moved > 0) {
            log.info("Diagnosis reports: {} files moved from {} into the database", moved, settings.getReportFolder());
        }
    }
}
