package org.rectify.inspection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.rectify.identity.Caller;
import org.rectify.inspection.InspectionCampaigns;
import org.rectify.inspection.InspectionFigures;
import org.rectify.inspection.InspectionPlan;
import org.rectify.inspection.InspectionViews.CampaignView;
import org.rectify.inspection.InspectionViews.DrawAudit;
import org.rectify.inspection.InspectionViews.InspectionView;
import org.rectify.inspection.InspectionViews.PublicityView;
import org.rectify.inspection.PublicityEntry;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "特种设备检查 Special-equipment inspections", description = "Campaigns, the random draw (双随机),"
        + " publicity and the publication of results (一公开)")
@RestController
@RequestMapping("/api/equipment-campaigns")
class InspectionCampaignController {

    /** An auditor's or a public seed (e.g. a lottery draw's numbers); a random one when left out. */
    record DrawRequest(Long seed) {
    }

    private final InspectionCampaigns campaigns;
    private final Caller caller;

    InspectionCampaignController(InspectionCampaigns campaigns, Caller caller) {
        this.campaigns = campaigns;
        this.caller = caller;
    }

    @Operation(summary = "新建检查行动 Plan a campaign")
    @PostMapping
    ResponseEntity<CampaignView> create(@Valid @RequestBody InspectionPlan plan) {
        CampaignView created = campaigns.create(plan, caller.requireAnyOf(InspectionAccess.BUREAU));
        return ResponseEntity.created(URI.create("/api/equipment-campaigns/" + created.id())).body(created);
    }

    @Operation(summary = "检查行动 Campaigns")
    @GetMapping
    List<CampaignView> list() {
        caller.requireAnyOf(InspectionAccess.READERS);
        return campaigns.campaigns();
    }

    @GetMapping("/{campaignId}")
    CampaignView campaign(@PathVariable Long campaignId) {
        caller.requireAnyOf(InspectionAccess.READERS);
        return campaigns.campaign(campaignId);
    }

    @Operation(summary = "随机抽取 Draw units and inspectors", description = "Once per campaign; the seed, the frame"
            + " (eligible units and inspectors) and the result are recorded. 409 when it was drawn already or a"
            + " unit lacks two inspectors without a conflict.")
    @PostMapping("/{campaignId}/draw")
    CampaignView draw(@PathVariable Long campaignId, @RequestBody(required = false) DrawRequest request) {
        String userId = caller.requireAnyOf(InspectionAccess.BUREAU);
        return campaigns.draw(campaignId, request == null ? null : request.seed(), userId);
    }

    @Operation(summary = "复核抽取 Audit the draw", description = "Re-runs the draw from its recorded seed and frame;"
            + " matches tells whether it gives the recorded result.")
    @GetMapping("/{campaignId}/draw/audit")
    DrawAudit audit(@PathVariable Long campaignId) {
        caller.requireAnyOf(InspectionAccess.READERS);
        return campaigns.audit(campaignId);
    }

    @Operation(summary = "启动检查 Start the inspections", description = "One Process_EquipmentInspection per drawn"
            + " unit, its task for the unit's two drawn inspectors.")
    @PostMapping("/{campaignId}/start")
    CampaignView start(@PathVariable Long campaignId) {
        caller.requireAnyOf(InspectionAccess.BUREAU);
        return campaigns.start(campaignId);
    }

    @Operation(summary = "各单位检查情况 The drawn units and their inspections")
    @GetMapping("/{campaignId}/inspections")
    List<InspectionView> inspections(@PathVariable Long campaignId) {
        caller.requireAnyOf(InspectionAccess.READERS);
        return campaigns.inspections(campaignId);
    }

    @Operation(summary = "记录宣传 Record publicity")
    @PostMapping("/{campaignId}/publicity")
    @ResponseStatus(HttpStatus.CREATED)
    PublicityView recordPublicity(@PathVariable Long campaignId, @Valid @RequestBody PublicityEntry entry) {
        return campaigns.recordPublicity(campaignId, entry, caller.requireAnyOf(InspectionAccess.BUREAU));
    }

    @GetMapping("/{campaignId}/publicity")
    List<PublicityView> publicity(@PathVariable Long campaignId) {
        caller.requireAnyOf(InspectionAccess.READERS);
        return campaigns.publicity(campaignId);
    }

    @Operation(summary = "申请公示 Ask to publish the results", description = "Another member of the bureau approves.")
    @PostMapping("/{campaignId}/publication")
    CampaignView requestPublication(@PathVariable Long campaignId) {
        return campaigns.requestPublication(campaignId, caller.requireAnyOf(InspectionAccess.BUREAU));
    }

    @Operation(summary = "批准公示 Approve the publication", description = "Not by the one who asked; the public list"
            + " appears at /public/equipment-inspections/{campaignId} from then on.")
    @PostMapping("/{campaignId}/publication/approval")
    CampaignView approvePublication(@PathVariable Long campaignId) {
        return campaigns.approvePublication(campaignId, caller.requireAnyOf(InspectionAccess.BUREAU));
    }

    @Operation(summary = "统计 Figures", description = "Counted from the inspections' records, as the report states them.")
    @GetMapping("/{campaignId}/figures")
    InspectionFigures figures(@PathVariable Long campaignId) {
        caller.requireAnyOf(InspectionAccess.READERS);
        return campaigns.figures(campaignId);
    }
}
