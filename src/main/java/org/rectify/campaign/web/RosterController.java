package org.rectify.campaign.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.rectify.campaign.ImportReport;
import org.rectify.campaign.Roster;
import org.rectify.campaign.RosterEntryView;
import org.rectify.campaign.RosterImport;
import org.rectify.campaign.RosterImportException;
import org.rectify.campaign.RosterPage;
import org.rectify.enterprise.EnterpriseDetails;
import org.rectify.identity.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "名单 Rosters", description = "The enterprises of a campaign: the survey ledger (台账) in .xlsx, or one by one")
@RestController
@RequestMapping("/api/campaigns")
class RosterController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    record AddEnterpriseRequest(@NotNull @Valid EnterpriseDetails enterprise, boolean atVerification) {
    }

    private final Roster roster;
    private final RosterImport imports;
    private final Caller caller;

    RosterController(Roster roster, RosterImport imports, Caller caller) {
        this.roster = roster;
        this.imports = imports;
        this.caller = caller;
    }

    @Operation(summary = "台账模板 Ledger template", description = "An empty .xlsx with bilingual headers, drop-downs"
            + " and an instructions sheet.")
    @GetMapping("/roster-template")
    ResponseEntity<byte[]> template() {
        caller.requireAnyOf(CampaignAccess.READERS);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("整治企业台账模板 roster-template.xlsx", StandardCharsets.UTF_8)
                        .build().toString())
                .body(imports.template());
    }

    @Operation(summary = "导入台账 Import the ledger", description = "All rows or none: when any row is bad, 400"
            + " lists every problem (row, column, reason) and nothing is imported. Importing again updates"
            + " changed enterprises and adds no duplicates.")
    @PostMapping(path = "/{campaignId}/roster/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importLedger(@PathVariable Long campaignId, @RequestPart("file") MultipartFile file)
            throws IOException {
        String userId = caller.requireAnyOf(CampaignAccess.ORGANISERS);
        return imports.importLedger(campaignId, file.getBytes(), userId);
    }

    @Operation(summary = "名单 The roster", description = "Paged, in the order enterprises were added.")
    @GetMapping("/{campaignId}/roster")
    RosterPage list(@PathVariable Long campaignId, @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "100") int size) {
        caller.requireAnyOf(CampaignAccess.READERS);
        if (page < 0 || size < 1 || size > 1000) {
            throw new IllegalArgumentException("page, size: page from 0, size from 1 to 1000");
        }
        return roster.list(campaignId, page, size);
    }

    @Operation(summary = "增加企业 Add one enterprise", description = "Once the campaign has started, its case opens at"
            + " once; with atVerification (town office adding to the reviewed list) it starts at on-site verification.")
    @PostMapping("/{campaignId}/roster")
    ResponseEntity<RosterEntryView> add(@PathVariable Long campaignId, @Valid @RequestBody AddEnterpriseRequest request) {
        String userId = caller.requireAnyOf(CampaignAccess.RECORDERS);
        RosterEntryView entry = roster.add(campaignId, request.enterprise(), request.atVerification(), userId);
        return ResponseEntity.created(URI.create("/api/campaigns/" + campaignId + "/roster/" + entry.id())).body(entry);
    }

    /** The whole report, so the user can fix every row at once. */
    @ExceptionHandler(RosterImportException.class)
    ProblemDetail refused(RosterImportException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("台账未导入 Ledger not imported");
        problem.setProperty("errors", e.errors());
        return problem;
    }
}
