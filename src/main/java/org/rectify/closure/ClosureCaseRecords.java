package org.rectify.closure;

import static org.rectify.enterprise.CaseRecord.Section.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rectify.enterprise.CaseFileContributor;
import org.rectify.enterprise.CaseRecord;
import org.rectify.enterprise.CaseView;
import org.rectify.enterprise.EnterpriseCase;
import org.springframework.stereotype.Component;

/**
 * The closure and relocation paths' share of the case file: the closure notice and each check,
 * the units removed, the licence action and permits, the relocation plan and the new site's acceptance.
 */
@Component
class ClosureCaseRecords implements CaseFileContributor {

    private final ClosureService closures;

    ClosureCaseRecords(ClosureService closures) {
        this.closures = closures;
    }

    @Override
    public List<CaseRecord> records(EnterpriseCase c, CaseView view) {
        ClosureService.ClosureRecord record = closures.record(c.getId());
        List<CaseRecord> records = new ArrayList<>();
        for (ClosureNotice n : record.notices()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("closureKind", n.getClosureKind() == null ? null : n.getClosureKind().name());
            details.put("stopProductionBy", n.getStopProductionBy());
            details.put("notice", n.getNoticeText());
            records.add(new CaseRecord(CLOSURE, n.getIssuedAt(), "CLOSURE_NOTICE", "关闭通知 Closure notice",
                    "停产期限 stop production by " + n.getStopProductionBy() + " - " + n.getNoticeText(),
                    view.who(n.getIssuedBy()), details, null));
        }
        for (ClosureCheck k : record.checks()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("roundNumber", k.getRoundNumber());
            details.put("productionStopped", k.isProductionStopped());
            details.put("materialsDisposed", k.isMaterialsDisposed());
            details.put("equipmentDismantled", k.isEquipmentDismantled());
            details.put("utilitiesCut", k.isUtilitiesCut());
            details.put("disposalMethod", k.getDisposalMethod());
            details.put("disposalQuantity", k.getDisposalQuantity());
            details.put("disposalRecipient", k.getDisposalRecipient());
            details.put("complete", k.isComplete());
            details.put("recheckDate", k.getRecheckDate());
            details.put("note", k.getNote());
            records.add(new CaseRecord(CLOSURE, k.getCheckedAt(), "CLOSURE_CHECK",
                    "第" + k.getRoundNumber() + "次关闭核查 Closure check " + k.getRoundNumber(),
                    (k.isComplete() ? "关闭到位 Closure complete" : "未到位，" + k.getRecheckDate() + "复查 Not complete, re-check on "
                            + k.getRecheckDate()) + (k.getNote() == null || k.getNote().isBlank() ? "" : " - " + k.getNote()),
                    view.who(k.getCheckedBy()), details, null));
        }
        for (EliminatedUnit u : record.units()) {
            records.add(new CaseRecord(CLOSURE, u.getRecordedAt(), "UNITS_REMOVED", "淘汰装置 Units removed",
                    u.getUnitType() + " × " + u.getUnitCount(), view.who(u.getRecordedBy()),
                    Map.of("unitType", u.getUnitType(), "unitCount", u.getUnitCount()), null));
        }
        for (LicenceAction a : record.licenceActions()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("action", a.getAction().name());
            details.put("actionLabel", label(a.getAction()));
            details.put("licenceNumber", a.getLicenceNumber());
            details.put("actionDate", a.getActionDate());
            details.put("safetyLicence", a.getSafetyLicence() == null ? null : a.getSafetyLicence().name());
            details.put("dischargePermit", a.getDischargePermit() == null ? null : a.getDischargePermit().name());
            details.put("note", a.getNote());
            records.add(new CaseRecord(LICENCE, a.getRecordedAt(), "LICENCE_ACTION", "营业执照 Business licence",
                    label(a.getAction()) + " " + a.getLicenceNumber() + "（" + a.getActionDate() + "）；安全生产许可 safety licence "
                            + label(a.getSafetyLicence()) + "；排污许可 discharge permit " + label(a.getDischargePermit()),
                    view.who(a.getRecordedBy()), details, null));
        }
        for (RelocationPlan p : record.relocations()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("targetPark", p.getTargetPark());
            details.put("plannedMoveDate", p.getPlannedMoveDate());
            details.put("plannedCompletionDate", p.getPlannedCompletionDate());
            details.put("plan", p.getPlanText());
            records.add(new CaseRecord(RELOCATION, p.getPlannedAt(), "RELOCATION_PLAN", "搬迁方案 Relocation plan",
                    p.getTargetPark() + "，搬迁 move " + p.getPlannedMoveDate() + "，完成 complete " + p.getPlannedCompletionDate(),
                    view.who(p.getPlannedBy()), details, null));
            if (p.getSiteAccepted() != null) {
                records.add(new CaseRecord(RELOCATION, p.getAcceptedAt(), "NEW_SITE_ACCEPTANCE", "新址验收 New site acceptance",
                        (p.getSiteAccepted() ? "通过 Accepted" : "未通过 Not accepted")
                                + (p.getAcceptanceNote() == null || p.getAcceptanceNote().isBlank() ? "" : " - " + p.getAcceptanceNote()),
                        view.who(p.getAcceptedBy()), Map.of("accepted", p.getSiteAccepted()), null));
            }
        }
        return records;
    }

    private static String label(LicenceAction.Action action) {
        return action == LicenceAction.Action.CANCELLED ? "注销 Cancelled" : "变更经营范围 Scope amended";
    }

    private static String label(LicenceAction.PermitFate fate) {
        if (fate == null) {
            return "-";
        }
        return switch (fate) {
            case REVOKED -> "吊销 revoked";
            case KEPT -> "保留 kept";
            case NONE -> "无 none";
        };
    }
}
