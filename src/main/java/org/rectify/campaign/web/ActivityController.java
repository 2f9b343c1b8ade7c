package org.rectify.campaign.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.rectify.campaign.CampaignActivities;
import org.rectify.campaign.MeetingRecord;
import org.rectify.campaign.MeetingView;
import org.rectify.campaign.PublicityRecord;
import org.rectify.campaign.PublicityView;
import org.rectify.identity.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "行动记录 Campaign activities", description = "Meetings, commitment letters and publicity")
@RestController
@RequestMapping("/api/campaigns/{campaignId}")
class ActivityController {

    private final CampaignActivities activities;
    private final Caller caller;

    ActivityController(CampaignActivities activities, Caller caller) {
        this.activities = activities;
        this.caller = caller;
    }

    @Operation(summary = "记录会议 Record a meeting", description = "With the roster enterprises (credit codes) that"
            + " signed the commitment letter there.")
    @PostMapping("/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    MeetingView recordMeeting(@PathVariable Long campaignId, @Valid @RequestBody MeetingRecord meeting) {
        return activities.recordMeeting(campaignId, meeting, caller.requireAnyOf(CampaignAccess.RECORDERS));
    }

    @Operation(summary = "会议 Meetings")
    @GetMapping("/meetings")
    List<MeetingView> meetings(@PathVariable Long campaignId) {
        caller.requireAnyOf(CampaignAccess.READERS);
        return activities.meetings(campaignId);
    }

    @Operation(summary = "记录宣传 Record publicity", description = "Text messages sent, leaflets, consultations.")
    @PostMapping("/publicity")
    @ResponseStatus(HttpStatus.CREATED)
    PublicityView recordPublicity(@PathVariable Long campaignId, @Valid @RequestBody PublicityRecord publicity) {
        return activities.recordPublicity(campaignId, publicity, caller.requireAnyOf(CampaignAccess.RECORDERS));
    }

    @Operation(summary = "宣传 Publicity")
    @GetMapping("/publicity")
    List<PublicityView> publicity(@PathVariable Long campaignId) {
        caller.requireAnyOf(CampaignAccess.READERS);
        return activities.publicity(campaignId);
    }
}
