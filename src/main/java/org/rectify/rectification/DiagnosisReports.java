package org.rectify.rectification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.rectify.enterprise.CaseLifecycle;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.enterprise.CaseView;
import org.rectify.identity.Caller;
import org.rectify.shared.DocumentStore;
import org.rectify.shared.EngineAsSystem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the design firm's diagnosis reports: PDF only (by its %PDF- signature, not by what the
 * browser claims), up to rectify.rectification.report-max-size, in the database's document store.
 * A refused file leaves nothing behind.
 */
@Service
@Transactional
public class DiagnosisReports {

    public static final String FIELD = "report";
    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> ACCEPTED_TYPES = List.of("application/pdf", "application/x-pdf",
            "application/octet-stream");

    private final DiagnosisReportRepository reports;
    private final CaseLifecycle lifecycle;
    private final RectificationSettings settings;
    private final EnterpriseChoiceRepository choices;
    private final CaseProcesses processes;
    private final DocumentStore documents;
    private final TaskService taskService;
    private final EngineAsSystem engine;

    DiagnosisReports(DiagnosisReportRepository reports, CaseLifecycle lifecycle, RectificationSettings settings,
                     EnterpriseChoiceRepository choices, CaseProcesses processes, DocumentStore documents,
                     TaskService taskService, EngineAsSystem engine) {
        this.taskService = taskService;
        this.engine = engine;
        this.documents = documents;
        this.reports = reports;
        this.lifecycle = lifecycle;
        this.settings = settings;
        this.choices = choices;
        this.processes = processes;
    }

    /**
     * A report of the hired design firm, while its diagnosis task is open.
     *
     * @param uploaderGroups the uploader's groups: one must be the hired firm's
     */
    public DiagnosisReport store(Long caseId, String fileName, String contentType, byte[] content, String userId,
                                 Collection<String> uploaderGroups) {
        lifecycle.openCase(caseId);
        if (!uploaderGroups.contains(hiredFirmGroup(caseId))) {
            throw new Caller.NotAllowedException("只有受聘的设计单位可以上传 Only the design firm the enterprise hired "
                    + "uploads the diagnosis report of case " + caseId);
        }
        if (processes.openTasks(caseId, RectificationVariables.ACTIVITY_DIAGNOSE).isEmpty()) {
            throw new IllegalStateException(FIELD + ": 诊断任务未在办理中 the diagnosis of case " + caseId
                    + " is not open; reports are uploaded while the design firm's task is open");
        }
        check(fileName, contentType, content);
        String storageName = caseId + "-" + UUID.randomUUID() + ".pdf";
        // in the database, in this transaction: any node serves it, and a refusal leaves nothing behind
        documents.put(storageName, content);
        DiagnosisReport report = reports.save(new DiagnosisReport(caseId, displayName(fileName), "application/pdf",
                content.length, sha256(content), storageName, userId));
        // the open diagnosis form lists the report when Tasklist shows it again
        String listed = RectificationContext.reportSummary(reports.findByCaseIdOrderByIdAsc(caseId), CaseView.EXTERNAL);
        engine.run(() -> processes.openTasks(caseId, RectificationVariables.ACTIVITY_DIAGNOSE).forEach(task ->
                taskService.setVariableLocal(task.getId(), RectificationVariables.REPORT_SUMMARY, listed)));
        return report;
    }

    /** The group of the design firm the case hired, whose users upload its reports. */
    @Transactional(readOnly = true)
    public String hiredFirmGroup(Long caseId) {
        return choices.findFirstByCaseIdAndAtCommitmentTrueOrderByIdDesc(caseId)
                .filter(c -> c.getDesignFirmId() != null)
                .map(c -> FirmGroups.groupOf(Intermediary.Kind.DESIGN_FIRM, c.getDesignFirmId()))
                .orElseThrow(() -> new IllegalStateException(FIELD + ": 本案尚未聘请设计单位 case " + caseId
                        + " has hired no design firm yet; reports are uploaded during its diagnosis"));
    }

    @Transactional(readOnly = true)
    public List<DiagnosisReport> ofCase(Long caseId) {
        return reports.findByCaseIdOrderByIdAsc(caseId);
    }

    @Transactional(readOnly = true)
    public DiagnosisReport find(Long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new NoSuchElementException("report: no report " + reportId));
    }

    @Transactional(readOnly = true)
    public byte[] content(DiagnosisReport report) {
        return documents.get(report.getStorageName());
    }

    void check(String fileName, String contentType, byte[] content) {
        long max = settings.getReportMaxSize().toBytes();
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException(FIELD + ": the file is empty");
        }
        if (content.length > max) {
            throw new IllegalArgumentException(FIELD + ": 文件过大 the file is " + content.length + " bytes, at most "
                    + max + " bytes (" + settings.getReportMaxSize().toMegabytes() + " MB) are accepted");
        }
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
        if (!type.isEmpty() && !ACCEPTED_TYPES.contains(type)) {
            throw new IllegalArgumentException(FIELD + ": 仅接受PDF only PDF files are accepted, '" + fileName
                    + "' is " + contentType);
        }
        if (content.length < PDF_SIGNATURE.length
                || !Arrays.equals(Arrays.copyOf(content, PDF_SIGNATURE.length), PDF_SIGNATURE)) {
            throw new IllegalArgumentException(FIELD + ": 仅接受PDF only PDF files are accepted, '" + fileName
                    + "' does not start with %PDF-");
        }
    }

    /** The file's own name without any folder a browser sent along, at most 255 characters. */
    static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\p{Cntrl}]", "").strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isEmpty()) {
            return "diagnosis-report.pdf";
        }
        return name.codePointCount(0, name.length()) > 255 ? name.substring(0, name.offsetByCodePoints(0, 255)) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
