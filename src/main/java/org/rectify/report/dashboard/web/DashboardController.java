package org.rectify.report.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.rectify.campaign.CampaignView;
import org.rectify.identity.Agency;
import org.rectify.report.LedgerExport;
import org.rectify.report.SummaryReport;
import org.rectify.report.dashboard.DashboardData;
import org.rectify.report.web.Attachments;
import org.rectify.identity.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only data of the Cockpit campaign dashboard plugin, called with the Cockpit session (or, for
 * scripts, HTTP Basic like /api; see SecurityConfig). Only the leading group (supervisor) and
 * administrators.
 */
@RestController
@RequestMapping(DashboardController.BASE)
class DashboardController {

    static final String BASE = "/rectify-dashboard/api";

    private final DashboardData data;
    private final LedgerExport ledger;
    private final SummaryReport summary;
    private final Caller caller;

    DashboardController(DashboardData data, LedgerExport ledger, SummaryReport summary, Caller caller) {
        this.data = data;
        this.ledger = ledger;
        this.summary = summary;
        this.caller = caller;
    }

    @GetMapping("/campaigns")
    List<CampaignView> campaigns() {
        requireReader();
        return data.campaigns();
    }

    @GetMapping("/campaigns/{campaignId}")
    DashboardData.Dashboard dashboard(@PathVariable Long campaignId) {
        requireReader();
        return data.of(campaignId);
    }

    /**
     * The cases behind one number (see {@link DashboardData#cases}), at most 500 by id; the header
     * X-Total-Count gives how many there are, X-Truncated is true when not all are listed.
     */
    @GetMapping("/campaigns/{campaignId}/cases")
    ResponseEntity<List<DashboardData.CaseLink>> cases(@PathVariable Long campaignId,
                                                       @RequestParam String dimension,
                                                       @RequestParam(required = false) String code) {
        requireReader();
        DashboardData.CaseList list = data.cases(campaignId, dimension, code);
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(list.total()))
                .header("X-Truncated", String.valueOf(list.truncated()))
                .body(list.cases());
    }

    /** The ledger (台账) as on /api, for the Cockpit session: the dashboard's download link. */
    @GetMapping("/campaigns/{campaignId}/ledger.xlsx")
    ResponseEntity<byte[]> ledger(@PathVariable Long campaignId) {
        requireReader();
        return Attachments.ledger(ledger.xlsx(campaignId), campaignId);
    }

    /** The drafted work summary (工作总结) as on /api, for the Cockpit session. */
    @GetMapping("/campaigns/{campaignId}/summary.docx")
    ResponseEntity<byte[]> summaryDocx(@PathVariable Long campaignId, @RequestParam(defaultValue = "zh") String lang) {
        requireReader();
        return Attachments.summary(summary.docx(campaignId, lang), String.valueOf(campaignId));
    }

    @GetMapping(value = "/campaigns/{campaignId}/summary.html", produces = MediaType.TEXT_HTML_VALUE)
    String summaryHtml(@PathVariable Long campaignId, @RequestParam(defaultValue = "zh") String lang) {
        requireReader();
        return summary.html(campaignId, lang);
    }

    private void requireReader() {
        caller.requireAnyOf(Agency.SUPERVISOR);
    }

    /** an unknown dimension or code: the message names the parameter */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badParameter(IllegalArgumentException bad) {
        return ResponseEntity.badRequest()
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, bad.getMessage()));
    }
}
