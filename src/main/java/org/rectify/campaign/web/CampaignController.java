package org.rectify.campaign.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.rectify.campaign.CampaignPlan;
import org.rectify.campaign.CampaignProgress;
import org.rectify.campaign.CampaignStart;
import org.rectify.campaign.CampaignView;
import org.rectify.campaign.Campaigns;
import org.rectify.campaign.Progress;
import org.rectify.campaign.StartStatus;
import org.rectify.identity.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "整治行动 Campaigns", description = "Campaigns, their start and their progress against targets")
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

    private final Campaigns campaigns;
    private final CampaignStart start;
    private final CampaignProgress progress;
    private final Caller caller;

    CampaignController(Campaigns campaigns, CampaignStart start, CampaignProgress progress, Caller caller) {
        this.campaigns = campaigns;
        this.start = start;
        this.progress = progress;
        this.caller = caller;
    }

    @Operation(summary = "新建整治行动 Create a campaign", description = "District office. Yearly targets count"
            + " campaign years from the start date and may not add up to more than the totals.")
    @PostMapping
    ResponseEntity<CampaignView> create(@Valid @RequestBody CampaignPlan plan) {
        String userId = caller.requireAnyOf(CampaignAccess.ORGANISERS);
        CampaignView created = campaigns.create(plan, userId);
        return ResponseEntity.created(URI.create("/api/campaigns/" + created.id())).body(created);
    }

    @Operation(summary = "整治行动列表 List campaigns")
    @GetMapping
    List<CampaignView> list() {
        caller.requireAnyOf(CampaignAccess.READERS);
        return campaigns.list();
    }

    @Operation(summary = "整治行动 A campaign")
    @GetMapping("/{campaignId}")
    CampaignView get(@PathVariable Long campaignId) {
        caller.requireAnyOf(CampaignAccess.READERS);
        return campaigns.get(campaignId);
    }

    @Operation(summary = "启动整治行动 Start the campaign", description = "Opens one case per enterprise on the roster"
            + " that has none yet, in batches on the job executor: 202 while they are opened, 200 when there is"
            + " nothing to start, 409 while an earlier start is still running. Follow it with GET .../start.")
    @PostMapping("/{campaignId}/start")
    ResponseEntity<StartStatus> start(@PathVariable Long campaignId) {
        String userId = caller.requireAnyOf(CampaignAccess.ORGANISERS);
        StartStatus status = start.request(campaignId, userId);
        return ResponseEntity.status(status.queued() > 0 ? HttpStatus.ACCEPTED : HttpStatus.OK).body(status);
    }

    @Operation(summary = "启动进度 Start progress", description = "Cases opened so far: started of total.")
    @GetMapping("/{campaignId}/start")
    StartStatus startStatus(@PathVariable Long campaignId) {
        caller.requireAnyOf(CampaignAccess.READERS);
        return start.status(campaignId);
    }

    @Operation(summary = "整治进展 Progress", description = "Cases by stage, disposition and outcome; closures and"
            + " relocations against the total and each year's target; meetings and publicity.")
    @GetMapping("/{campaignId}/progress")
    Progress progress(@PathVariable Long campaignId) {
        caller.requireAnyOf(CampaignAccess.READERS);
        return progress.of(campaignId);
    }
}
