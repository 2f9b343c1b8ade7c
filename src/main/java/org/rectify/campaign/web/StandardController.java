package org.rectify.campaign.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.rectify.campaign.StandardDraft;
import org.rectify.campaign.StandardView;
import org.rectify.campaign.UpgradeStandards;
import org.rectify.identity.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "整治提升标准 Upgrade standards", description = "Numbered standards a campaign applies, e.g. 45 items")
@RestController
@RequestMapping("/api/standards")
class StandardController {

    private final UpgradeStandards standards;
    private final Caller caller;

    StandardController(UpgradeStandards standards, Caller caller) {
        this.standards = standards;
        this.caller = caller;
    }

    @Operation(summary = "新建标准 Create a standard")
    @PostMapping
    ResponseEntity<StandardView> create(@Valid @RequestBody StandardDraft draft) {
        caller.requireAnyOf(CampaignAccess.ORGANISERS);
        StandardView created = standards.create(draft);
        return ResponseEntity.created(URI.create("/api/standards/" + created.id())).body(created);
    }

    @Operation(summary = "标准列表 List standards")
    @GetMapping
    List<StandardView> list() {
        caller.requireAnyOf(CampaignAccess.READERS);
        return standards.list();
    }

    @Operation(summary = "标准 A standard with its items")
    @GetMapping("/{standardId}")
    StandardView get(@PathVariable Long standardId) {
        caller.requireAnyOf(CampaignAccess.READERS);
        return standards.get(standardId);
    }
}
