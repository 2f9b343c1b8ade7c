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
import org.rectify.shared.BasicCredentials;
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
 * Read-only data of the Cockpit campaign dashboard plugin. It lies outside /api because Cockpit
 * calls it with its own session cookie: the caller is the Camunda webapp login of this session
 * (or, for scripts, HTTP Basic like /api). Only the leading group (supervisor) and administrators.
 */
@RestController
@RequestMapping(DashboardController.BASE)
class DashboardController {

    static final String BASE = "/rectify-dashboard/api";

    private final DashboardData data;
    private final LedgerExport ledger;
    private final SummaryReport summary;
    private final IdentityService identityService;
    private final String engineName;

    DashboardController(DashboardData data, LedgerExport ledger, SummaryReport summary,
                        IdentityService identityService, ProcessEngine engine) {
        this.data = data;
        this.ledger = ledger;
        this.summary = summary;
        this.identityService = identityService;
        this.engineName = engine.getName();
    }

    @GetMapping("/campaigns")
    List<CampaignView> campaigns(HttpServletRequest request) {
        requireReader(request);
        return data.campaigns();
    }

    @GetMapping("/campaigns/{campaignId}")
    DashboardData.Dashboard dashboard(@PathVariable Long campaignId, HttpServletRequest request) {
        requireReader(request);
        return data.of(campaignId);
    }

    /**
     * The cases behind one number (see {@link DashboardData#cases}), at most 500 by id; the header
     * X-Total-Count gives how many there are, X-Truncated is true when not all are listed.
     */
    @GetMapping("/campaigns/{campaignId}/cases")
    ResponseEntity<List<DashboardData.CaseLink>> cases(@PathVariable Long campaignId,
                                                       @RequestParam String dimension,
                                                       @RequestParam(required = false) String code,
                                                       HttpServletRequest request) {
        requireReader(request);
        DashboardData.CaseList list = data.cases(campaignId, dimension, code);
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(list.total()))
                .header("X-Truncated", String.valueOf(list.truncated()))
                .body(list.cases());
    }

    /** The ledger (台账) as on /api, for the Cockpit session: the dashboard's download link. */
    @GetMapping("/campaigns/{campaignId}/ledger.xlsx")
    ResponseEntity<byte[]> ledger(@PathVariable Long campaignId, HttpServletRequest request) {
        requireReader(request);
        return Attachments.ledger(ledger.xlsx(campaignId), campaignId);
    }

    /** The drafted work summary (工作总结) as on /api, for the Cockpit session. */
    @GetMapping("/campaigns/{campaignId}/summary.docx")
    ResponseEntity<byte[]> summaryDocx(@PathVariable Long campaignId, @RequestParam(defaultValue = "zh") String lang,
                                       HttpServletRequest request) {
        requireReader(request);
        return Attachments.summary(summary.docx(campaignId, lang), String.valueOf(campaignId));
    }

    @GetMapping(value = "/campaigns/{campaignId}/summary.html", produces = MediaType.TEXT_HTML_VALUE)
    String summaryHtml(@PathVariable Long campaignId, @RequestParam(defaultValue = "zh") String lang,
                       HttpServletRequest request) {
        requireReader(request);
        return summary.html(campaignId, lang);
    }

    private void requireReader(HttpServletRequest request) {
        List<String> groups = groups(request);
        if (groups == null) {
            throw new Refused(HttpStatus.UNAUTHORIZED, "Authentication required: log in to Cockpit");
        }
        if (!groups.contains(Groups.CAMUNDA_ADMIN) && !groups.contains(Agency.SUPERVISOR.groupId())) {
            throw new Refused(HttpStatus.FORBIDDEN, "The campaign dashboard is for the leading group"
                    + " (supervisor) and administrators");
        }
    }

    /** the caller's groups, or null when nobody is logged in */
    private List<String> groups(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
            Authentication authentication = authentications.getAuthenticationForProcessEngine(engineName);
            if (authentication instanceof UserAuthentication user) {
                return user.getGroupIds() != null ? user.getGroupIds() : groupsOf(user.getIdentityId());
            }
        }
        return BasicCredentials.parse(request.getHeader("Authorization"))
                .filter(c -> identityService.checkPassword(c.userId(), c.password()))
                .map(c -> groupsOf(c.userId()))
                .orElse(null);
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    static class Refused extends RuntimeException {
        final HttpStatus status;

        Refused(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** an unknown dimension or code: the message names the parameter */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badParameter(IllegalArgumentException bad) {
        return ResponseEntity.badRequest()
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, bad.getMessage()));
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(Refused refused) {
        return ResponseEntity.status(refused.status)
                .body(ProblemDetail.forStatusAndDetail(refused.status, refused.getMessage()));
    }
}
