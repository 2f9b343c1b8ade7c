package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.closure.ClosureVariables.*;
import static org.rectify.enterprise.EnterpriseCaseVariables.*;
import static org.rectify.rectification.RectificationVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.rectify.enterprise.Disposition;
import org.rectify.rectification.HazardArea;
import org.rectify.support.CaseSteps;
import org.rectify.support.ClosureForms;
import org.rectify.support.UpgradeSteps;

/**
 * Each stretch of a case as its users work it over HTTP (see {@link PublicSurface}): the review
 * from survey to verification, then the path the disposition opens, to the case's end.
 */
final class CasePaths {

    static final LocalDate DEADLINE = LocalDate.now().plusDays(60);

    private final PublicSurface surface;
    private final Workers.Firm designFirm;
    private final Workers.Firm evaluationFirm;

    /** the enterprises hire the register's first design and evaluation firms that have a user */
    CasePaths(PublicSurface surface) throws Exception {
        this.surface = surface;
        this.designFirm = Workers.firm(surface, "DESIGN_FIRM");
        this.evaluationFirm = Workers.firm(surface, "EVALUATION_FIRM");
    }

    /**
     * Survey, the joint review (every agency proposes what the district office then decides) and
     * on-site verification: confirmed, or amended to another disposition.
     */
    void review(String code, Disposition decided, Disposition verified) throws Exception {
        surface.work(Workers.SURVEYOR, code, ACTIVITY_SURVEY, CaseSteps.survey(Set.of(), true, true));
        for (String reviewer : Workers.REVIEWERS) {
            surface.work(reviewer, code, ACTIVITY_JOINT_REVIEW, CaseSteps.opinion(decided, "同意 Agreed"));
        }
        boolean compliant = decided == Disposition.COMPLIANT;
        surface.work(Workers.DISTRICT_OFFICE, code, ACTIVITY_DECIDE, CaseSteps.decision(decided,
                compliant ? null : DEADLINE, compliant ? null : "safety"));
        verify(code, decided, verified);
    }

    /** The town office's verification: confirmed when nothing changes, otherwise amended. */
    void verify(String code, Disposition decided, Disposition verified) throws Exception {
        boolean compliant = verified == Disposition.COMPLIANT;
        surface.work(Workers.TOWN_OFFICE, code, ACTIVITY_VERIFY, verified == decided ? CaseSteps.confirmation()
                : CaseSteps.amendment(verified, compliant ? null : DEADLINE, compliant ? null : "safety"));
    }

    /** Closure notice, the closure check (with land reclaimed, mu) and the licence cancelled. */
    void close(String code, String landMu) throws Exception {
        notice(code);
        closureCheck(code, landMu, null);
        licence(code, "CANCELLED");
    }

    /** Closed as a plant and the site put to services: land reuse recorded, licence amended. */
    void convert(String code) throws Exception {
        notice(code);
        closureCheck(code, null, null);
        surface.work(Workers.TOWN_OFFICE, code, ACTIVITY_RECORD_LAND_REUSE, Map.of(LAND_NEW_USE, "商业 Commerce"));
        licence(code, "SCOPE_AMENDED");
    }

    /** The enterprise's relocation plan, the new site accepted, the old site closed. */
    void relocate(String code) throws Exception {
        surface.work(Workers.relocationPlanner(code), code, ACTIVITY_PLAN_RELOCATION, ClosureForms.relocationPlan());
        surface.work(Workers.SAFETY, code, ACTIVITY_ACCEPT_NEW_SITE, ClosureForms.newSite(true));
        notice(code);
        closureCheck(code, null, null);
    }

    /** Market regulation removes the chemical items from the licence; the other permits stay. */
    void adjustLicence(String code) throws Exception {
        Map<String, Object> form = new HashMap<>(ClosureForms.licence("SCOPE_AMENDED"));
        form.put(SAFETY_LICENCE, "KEPT");
        form.put(DISCHARGE_PERMIT, "NONE");
        surface.work(Workers.MARKET_REGULATION, code, ACTIVITY_CHANGE_LICENCE, form);
    }

    /** The named lines closed first (units eliminated), then the rest upgraded. */
    void eliminateLines(String code, long caseId, String units, int hazards) throws Exception {
        notice(code);
        closureCheck(code, null, units);
        upgrade(code, caseId, hazards);
    }

    /**
     * Upgrade in place: the enterprise signs the commitment naming its firms, the design firm
     * uploads its report and diagnoses n hazards, safety agrees the plan, the enterprise rectifies
     * every hazard, the evaluation firm verifies each, safety accepts on site.
     */
    void upgrade(String code, long caseId, int hazards) throws Exception {
        upToRectification(code, caseId, hazards);
        rectifyAndEvaluate(code, caseId);
        surface.work(Workers.SAFETY, code, ACTIVITY_ACCEPT, UpgradeSteps.acceptance(true, ""));
        assertThat(surface.hazardCodes(caseId, "VERIFIED")).hasSize(hazards);
    }

    /** The commitment naming the firms, the design firm's report and n hazards, the plan agreed. */
    void upToRectification(String code, long caseId, int hazards) throws Exception {
        String enterprise = Workers.enterprise(code);
        surface.work(enterprise, code, ACTIVITY_SIGN_COMMITMENT, UpgradeSteps.commitment("UPGRADE", designFirm.id(),
                evaluationFirm.id()));
        String designer = designFirm.user();
        surface.uploadReport(designer, caseId, UpgradeSteps.PDF, "安全设施设计诊断报告.pdf");
        HazardArea[] areas = HazardArea.values();
        surface.work(designer, code, ACTIVITY_DIAGNOSE, Map.of(HAZARD_LINES, IntStream.rangeClosed(1, hazards)
                .mapToObj(k -> areas[k % areas.length].name() + " | GENERAL | 第" + k + "条 | 隐患" + k + " Hazard " + k)
                .collect(Collectors.joining("\n"))));
        surface.work(Workers.SAFETY, code, ACTIVITY_AGREE_PLAN, UpgradeSteps.plan());
    }

    /** The enterprise rectifies every open hazard, the evaluation firm verifies every rectified one. */
    void rectifyAndEvaluate(String code, long caseId) throws Exception {
        surface.work(Workers.enterprise(code), code, ACTIVITY_RECTIFY, Map.of(RECTIFICATION_EVIDENCE,
                surface.hazardCodes(caseId, "OPEN").stream().map(h -> h + ": 已整改，见照片 Done, see photos")
                        .collect(Collectors.joining("\n"))));
        Map<String, Object> evaluation = new HashMap<>();
        evaluation.put(HAZARD_VERDICTS, surface.hazardCodes(caseId, "RECTIFIED").stream().map(h -> h + ": VERIFIED")
                .collect(Collectors.joining("\n")));
        evaluation.put(TRAINING_OK, true);
        evaluation.put(RULES_OK, true);
        evaluation.put(TESTING_OK, true);
        evaluation.put(EMERGENCY_RESCUE_OK, true);
        evaluation.put(EVALUATION_NOTE, "评价合格 Evaluated");
        surface.work(evaluationFirm.user(), code, ACTIVITY_EVALUATE, evaluation);
    }

    /** Safety's acceptance fails and re-opens the named hazards (e.g. "H3"). */
    void failAcceptance(String code, String reopen) throws Exception {
        surface.work(Workers.SAFETY, code, ACTIVITY_ACCEPT, UpgradeSteps.acceptance(false, reopen));
    }

    /** The district office after the last failed round orders the plant closed. */
    void orderClosure(String code, String note) throws Exception {
        surface.work(Workers.DISTRICT_OFFICE, code, ACTIVITY_DECIDE_AFTER_ROUNDS, Map.of(CLOSURE_ORDERED, true,
                FINAL_DECISION_NOTE, note));
    }

    /** The case file says the case ended with an outcome. */
    void assertEnded(long caseId) throws Exception {
        JsonNode file = surface.get(Workers.DISTRICT_OFFICE, "/cases/" + caseId);
        assertThat(file.get("outcome").isNull()).as("case " + caseId + " ended: " + file.get("stage")).isFalse();
    }

    void notice(String code) throws Exception {
        surface.work(Workers.DISTRICT_OFFICE, code, ACTIVITY_ISSUE_NOTICE, ClosureForms.notice(LocalDate.now().plusDays(10)));
    }

    void closureCheck(String code, String landMu, String units) throws Exception {
        Map<String, Object> check = new HashMap<>(ClosureForms.check(true, null));
        if (landMu != null) {
            check.put(LAND_RECLAIMED_MU, landMu);
        }
        if (units != null) {
            check.put(ELIMINATED_UNITS, units);
        }
        surface.work(Workers.SAFETY, code, ACTIVITY_VERIFY_CLOSURE, check);
    }

    void licence(String code, String action) throws Exception {
        surface.work(Workers.MARKET_REGULATION, code, ACTIVITY_CHANGE_LICENCE, ClosureForms.licence(action));
    }
}
