package org.rectify.rectification.web;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.rectify.enterprise.CaseAccessPolicy;
import org.rectify.identity.Agency;
import org.rectify.rectification.DiagnosisReport;
import org.rectify.rectification.DiagnosisReports;
import org.rectify.identity.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The design firm uploads the diagnosis report (PDF) of a case; the agencies and the enterprise read it. */
@RestController
@RequestMapping("/api/cases/{caseId}/diagnosis-reports")
class DiagnosisReportController {

    record ReportView(Long id, Long caseId, String fileName, String contentType, long sizeBytes, String sha256,
                      String uploadedBy, Instant uploadedAt) {

        /** the uploader is the design firm's own user, whom the firm and the enterprise may know */
        static ReportView of(DiagnosisReport r) {
            return new ReportView(r.getId(), r.getCaseId(), r.getFileName(), r.getContentType(), r.getSizeBytes(),
                    r.getSha256(), r.getUploadedBy(), r.getUploadedAt());
        }
    }

    private final DiagnosisReports reports;
    private final CaseAccessPolicy policy;
    private final Caller caller;

    DiagnosisReportController(DiagnosisReports reports, CaseAccessPolicy policy, Caller caller) {
        this.reports = reports;
        this.policy = policy;
        this.caller = caller;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ReportView> upload(@PathVariable Long caseId, @RequestParam("report") MultipartFile file)
            throws IOException {
        String userId = caller.requireAnyOf(Agency.DESIGN_FIRM);
        policy.require(caseId);
        DiagnosisReport report = reports.store(caseId, file.getOriginalFilename(), file.getContentType(),
                file.getBytes(), userId, caller.groups());
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/diagnosis-reports/" + report.getId()))
                .body(ReportView.of(report));
    }

    @GetMapping
    List<ReportView> list(@PathVariable Long caseId) {
        policy.require(caseId);
        return reports.ofCase(caseId).stream().map(ReportView::of).toList();
    }

    @GetMapping("/{reportId}")
    ResponseEntity<byte[]> file(@PathVariable Long caseId, @PathVariable Long reportId) {
        policy.require(caseId);
        DiagnosisReport report = reports.find(reportId);
        if (!report.getCaseId().equals(caseId)) {
            throw new java.util.NoSuchElementException("report: no report " + reportId + " in case " + caseId);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(report.getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(reports.content(report));
    }
}
