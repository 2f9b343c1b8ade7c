package org.rectify.closure;

import static org.rectify.closure.ClosureVariables.*;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rectify.enterprise.CaseContextContributor;
import org.rectify.enterprise.CaseStage;
import org.rectify.enterprise.CaseView;
import org.rectify.enterprise.EnterpriseCase;
import org.springframework.stereotype.Component;

/** What closure and relocation tasks show read-only: the notice, earlier checks, the plan. */
@Component
class ClosureContext implements CaseContextContributor {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private static final String NONE = "（暂无 None yet）";

    private final ClosureService closures;

    ClosureContext(ClosureService closures) {
        this.closures = closures;
    }

    @Override
    public Map<String, CaseStage> stagesByActivity() {
        return Map.of(
                ACTIVITY_ISSUE_NOTICE, CaseStage.CLOSURE,
                ACTIVITY_VERIFY_CLOSURE, CaseStage.CLOSURE,
                ACTIVITY_RECORD_LAND_REUSE, CaseStage.CLOSURE,
                ACTIVITY_CHANGE_LICENCE, CaseStage.LICENCE,
                ACTIVITY_PLAN_RELOCATION, CaseStage.RELOCATION,
                ACTIVITY_ACCEPT_NEW_SITE, CaseStage.RELOCATION);
    }

    @Override
    public Map<String, String> summaries(EnterpriseCase enterpriseCase, Set<String> wanted, CaseView view) {
        if (!wanted.contains(CLOSURE_SUMMARY) && !wanted.contains(RELOCATION_SUMMARY)) {
            return Map.of();
        }
        ClosureService.ClosureRecord record = closures.record(enterpriseCase.getId());
        Map<String, String> summaries = new HashMap<>();
        if (wanted.contains(CLOSURE_SUMMARY)) {
            summaries.put(CLOSURE_SUMMARY, closureSummary(enterpriseCase, record, view));
        }
        if (wanted.contains(RELOCATION_SUMMARY)) {
            summaries.put(RELOCATION_SUMMARY, relocationSummary(record, view));
        }
        return summaries;
    }

    private static String closureSummary(EnterpriseCase c, ClosureService.ClosureRecord record, CaseView view) {
        List<String> lines = new ArrayList<>();
        record.notices().forEach(n -> lines.add("关闭通知 Notice " + WHEN.format(n.getIssuedAt()) + view.by(n.getIssuedBy())
                + ": 停产期限 stop production by " + n.getStopProductionBy() + " - " + n.getNoticeText()));
        record.checks().forEach(k -> lines.add("第" + k.getRoundNumber() + "次核查 Check " + k.getRoundNumber() + " "
                + WHEN.format(k.getCheckedAt()) + view.by(k.getCheckedBy()) + ": "
                + (k.isComplete() ? "关闭到位 complete" : "未到位，复查 re-check on " + k.getRecheckDate())
                + " - " + k.getNote()));
        record.units().forEach(u -> lines.add("淘汰 Removed: " + u.getUnitType() + " × " + u.getUnitCount()));
        record.licenceActions().forEach(a -> lines.add("营业执照 Licence " + a.getLicenceNumber() + ": " + a.getAction()
                + " " + a.getActionDate()));
        if (c.getLandReclaimedMu() != null || c.getStructuresDemolishedSqm() != null || c.getLandNewUse() != null) {
            lines.add("土地 Land: 腾退 reclaimed " + orDash(c.getLandReclaimedMu()) + " 亩 mu, 拆除 demolished "
                    + orDash(c.getStructuresDemolishedSqm()) + " m², 新用途 new use " + orDash(c.getLandNewUse()));
        }
        return lines.isEmpty() ? NONE : String.join("\n", lines);
    }

    private static String relocationSummary(ClosureService.ClosureRecord record, CaseView view) {
        List<String> lines = new ArrayList<>();
        for (RelocationPlan p : record.relocations()) {
            lines.add("方案 Plan" + view.by(p.getPlannedBy()) + ": " + p.getTargetPark() + ", 搬迁 move " + p.getPlannedMoveDate()
                    + ", 完成 complete " + p.getPlannedCompletionDate() + " - " + p.getPlanText());
            if (p.getSiteAccepted() != null) {
                lines.add("  验收 Acceptance" + view.by(p.getAcceptedBy()) + ": "
                        + (p.getSiteAccepted() ? "通过 accepted" : "未通过 not accepted") + " - " + p.getAcceptanceNote());
            }
        }
        return lines.isEmpty() ? NONE : String.join("\n", lines);
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
