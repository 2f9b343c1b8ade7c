package org.rectify.review;

import static org.rectify.enterprise.EnterpriseCaseVariables.*;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.rectify.enterprise.CaseContextContributor;
import org.rectify.enterprise.CaseStage;
import org.rectify.enterprise.CaseView;
import org.rectify.enterprise.Enterprise;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.enterprise.EnterpriseCaseRepository;
import org.rectify.identity.Agency;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The read-only context every case task shows: the enterprise, its survey, opinions, decisions. */
@Component
@Transactional(readOnly = true)
class CaseContext implements CaseContextContributor {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private static final String NONE = "（暂无 None yet）";

    private final EnterpriseCaseRepository cases;
    private final CaseReviewService reviews;

    CaseContext(EnterpriseCaseRepository cases, CaseReviewService reviews) {
        this.cases = cases;
        this.reviews = reviews;
    }

    @Override
    public Map<String, String> summaries(EnterpriseCase enterpriseCase, Set<String> wanted, CaseView view) {
        Map<String, String> summaries = new HashMap<>();
        // the name and code are in every task: Tasklist's list shows them (the case file tab finds the
        // case from the task itself)
        summaries.put(ENTERPRISE_NAME, enterpriseCase.getEnterprise().getName());
        summaries.put(CREDIT_CODE, enterpriseCase.getEnterprise().getCreditCode());
        if (wanted.contains(ENTERPRISE_SUMMARY)) {
            summaries.put(ENTERPRISE_SUMMARY, enterpriseSummary(enterpriseCase));
        }
        if (wanted.contains(SURVEY_SUMMARY)) {
            summaries.put(SURVEY_SUMMARY, surveySummary(enterpriseCase, view));
        }
        // agencies' opinions are internal: an external reader's form never shows them
        if (wanted.contains(OPINIONS_SUMMARY) && view == CaseView.FULL) {
            summaries.put(OPINIONS_SUMMARY, opinionsSummary(enterpriseCase));
        }
        if (wanted.contains(DECISION_SUMMARY)) {
            summaries.put(DECISION_SUMMARY, decisionSummary(enterpriseCase, view));
        }
        return summaries;
    }

    @Override
    public Map<String, CaseStage> stagesByActivity() {
        return Map.of(
                ACTIVITY_SURVEY, CaseStage.SURVEY,
                ACTIVITY_JOINT_REVIEW, CaseStage.JOINT_REVIEW,
                ACTIVITY_DECIDE, CaseStage.DECISION,
                ACTIVITY_VERIFY, CaseStage.VERIFICATION);
    }

    EnterpriseCase enterpriseCase(Long caseId) {
        return cases.findWithEnterpriseById(caseId)
                .orElseThrow(() -> new NoSuchElementException("caseId: no case " + caseId));
    }

    String enterpriseSummary(EnterpriseCase enterpriseCase) {
        Enterprise e = enterpriseCase.getEnterprise();
        return String.join("\n",
                "企业 Enterprise: " + e.getName() + " (" + e.getCreditCode() + ")",
                "地址 Address: " + join(e.getTownship(), e.getVillage(), e.getAddress()),
                "法定代表人 Legal representative: " + orDash(e.getLegalRepresentative())
                        + "   联系方式 Contact: " + orDash(e.getContactPhone()),
                "类型 Type: " + e.getBusinessType().displayName() + "   行业 Industry: " + orDash(e.getIndustryCategory()),
                "产品 Products: " + orDash(e.getProducts()),
                "营收 Revenue: " + (e.getRevenueBand() == null ? "-" : e.getRevenueBand().displayName())
                        + "   规上 Above scale: " + (e.isAboveScale() ? "是 Yes" : "否 No")
                        + "   职工 Employees: " + orDash(e.getEmployees())
                        + "   占地 Site: " + orDash(e.getSiteAreaMu()) + " 亩 mu",
                "环评批复 EIA approval: " + orDash(e.getEiaApprovalDate())
                        + "   安全审批 Safety approval: " + orDash(e.getSafetyApprovalDate()),
                enterpriseCase.isAddedAtVerification() ? "由镇化治办现场核查时增列 Added by the town at on-site verification" : "");
    }

    String surveySummary(EnterpriseCase enterpriseCase, CaseView view) {
        List<SurveyFinding> findings = reviews.findings(enterpriseCase.getId());
        if (findings.isEmpty()) {
            return NONE;
        }
        String facts = "在产 Production running: " + yesNo(enterpriseCase.getProductionRunning())
                + "   审批齐全 Approvals present: " + yesNo(enterpriseCase.getApprovalsPresent())
                + (view == CaseView.FULL ? "   调查人 Surveyed by: " + orDash(enterpriseCase.getSurveyedBy()) : "");
        return facts + "\n" + findings.stream()
                .map(f -> (f.isCompliant() ? "✓ " : "✗ ") + f.getDimension().displayName()
                        + (f.getNote() == null ? "" : ": " + f.getNote()))
                .collect(Collectors.joining("\n"));
    }

    String opinionsSummary(EnterpriseCase enterpriseCase) {
        List<AgencyOpinion> opinions = reviews.opinions(enterpriseCase.getId());
        if (opinions.isEmpty()) {
            return NONE;
        }
        return opinions.stream()
                .map(o -> agencyName(o.getAgency()) + " (" + o.getGivenBy() + ", " + WHEN.format(o.getGivenAt()) + "): "
                        + o.getProposedDisposition().displayName() + " - " + o.getOpinionText())
                .collect(Collectors.joining("\n"));
    }

    String decisionSummary(EnterpriseCase enterpriseCase, CaseView view) {
        List<Decision> decisions = reviews.decisions(enterpriseCase.getId());
        if (decisions.isEmpty()) {
            return NONE;
        }
        return decisions.stream()
                .map(d -> WHEN.format(d.getDecidedAt()) + view.by(d.getDecidedBy()) + ": "
                        + d.getDisposition().displayName()
                        + (d.getDeadline() == null ? "" : ", 期限 deadline " + d.getDeadline())
                        + (d.getSupervisingAgency() == null ? "" : ", 监督 " + agencyName(d.getSupervisingAgency()))
                        + " - " + d.getReasoning()
                        + (d.getAmendsId() == null ? "" : " (现场核查调整 amended at verification)")
                        + (d.getConfirmedBy() == null ? "" : " (已" + view.by(d.getConfirmedBy()) + " 核查确认 confirmed)"))
                .collect(Collectors.joining("\n"));
    }

    private static String agencyName(String groupId) {
        return Agency.byGroupId(groupId).map(Agency::displayName).orElse(groupId);
    }

    private static String yesNo(Boolean value) {
        return value == null ? "-" : value ? "是 Yes" : "否 No";
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" "));
    }
}
