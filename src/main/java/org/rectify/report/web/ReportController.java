package org.rectify.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.stream.Collectors;
import org.rectify.identity.Agency;
import org.rectify.report.CountyReport;
import org.rectify.report.LedgerExport;
import org.rectify.report.SummaryReport;
import org.rectify.identity.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "报表 Reports", description = "The campaign's ledger and its drafted work summary")
@RestController
@RequestMapping("/api")
class ReportController {

    /** the campaign API's readers; administrators always may (see Caller) */
    static final Agency[] READERS = {Agency.DISTRICT_OFFICE, Agency.TOWN_OFFICE, Agency.TOWN_ECON_CENTER,
            Agency.SUPERVISOR};

    /** the county bureau and the leading group read the inspection reports */
    static final Agency[] INSPECTION_READERS = {Agency.MARKET_REGULATION, Agency.SUPERVISOR};

    private final LedgerExport ledger;
    private final SummaryReport summary;
    private final CountyReport countyReport;
    private final Caller caller;

    ReportController(LedgerExport ledger, SummaryReport summary, CountyReport countyReport, Caller caller) {
        this.ledger = ledger;
        this.summary = summary;
        this.countyReport = countyReport;
        this.caller = caller;
    }

    @Operation(summary = "特种设备检查工作总结（Word） Special-equipment inspection report (.docx)", description = "Drafted"
            + " from the inspection campaign's records; lang=en for English.")
    @GetMapping("/equipment-campaigns/{campaignId}/report.docx")
    ResponseEntity<byte[]> countyDocx(@PathVariable Long campaignId, @RequestParam(defaultValue = "zh") String lang) {
        caller.requireAnyOf(INSPECTION_READERS);
        return Attachments.summary(countyReport.docx(campaignId, lang), "特种设备-" + campaignId);
    }

    @Operation(summary = "特种设备检查工作总结（网页） Special-equipment inspection report (HTML)")
    @GetMapping(value = "/equipment-campaigns/{campaignId}/report.html", produces = MediaType.TEXT_HTML_VALUE)
    String countyHtml(@PathVariable Long campaignId, @RequestParam(defaultValue = "zh") String lang) {
        caller.requireAnyOf(INSPECTION_READERS);
        return countyReport.html(campaignId, lang);
    }

    @Operation(summary = "导出台账 Export the ledger", description = "One row per enterprise on the roster with"
            + " its case: stage, disposition, deadline, supervising agency, outcome, closed date.")
    @GetMapping("/campaigns/{campaignId}/ledger.xlsx")
    ResponseEntity<byte[]> ledger(@PathVariable Long campaignId) {
        caller.requireAnyOf(READERS);
        return Attachments.ledger(ledger.xlsx(campaignId), campaignId);
    }

    @Operation(summary = "工作总结（Word） Work summary (.docx)", description = "Drafted from the campaign's figures;"
            + " lang=en for English, Chinese by default. Next steps are left for the leading group to write.")
    @GetMapping("/campaigns/{campaignId}/summary.docx")
    ResponseEntity<byte[]> summaryDocx(@PathVariable Long campaignId, @RequestParam(defaultValue = "zh") String lang) {
        caller.requireAnyOf(READERS);
        return Attachments.summary(summary.docx(campaignId, lang), String.valueOf(campaignId));
    }

    @Operation(summary = "工作总结（网页） Work summary (HTML)")
    @GetMapping(value = "/campaigns/{campaignId}/summary.html", produces = MediaType.TEXT_HTML_VALUE)
    String summaryHtml(@PathVariable Long campaignId, @RequestParam(defaultValue = "zh") String lang) {
        caller.requireAnyOf(READERS);
        return summary.html(campaignId, lang);
    }

    @Operation(summary = "合并工作总结（Word） Work summary of several campaigns (.docx)", description = "One report"
            + " over the campaigns named (campaignId repeated, e.g. a city's campaigns): their totals, and a table"
            + " of each campaign's own figures.")
    @GetMapping("/reports/summary.docx")
    ResponseEntity<byte[]> combinedDocx(@RequestParam(name = "campaignId", required = false) List<Long> campaignIds,
                                        @RequestParam(defaultValue = "zh") String lang) {
        caller.requireAnyOf(READERS);
        return Attachments.summary(summary.docx(campaignIds, lang), campaignIds.stream()
                .map(String::valueOf).collect(Collectors.joining("-")));
    }

    @Operation(summary = "合并工作总结（网页） Work summary of several campaigns (HTML)")
    @GetMapping(value = "/reports/summary.html", produces = MediaType.TEXT_HTML_VALUE)
    String combinedHtml(@RequestParam(name = "campaignId", required = false) List<Long> campaignIds,
                        @RequestParam(defaultValue = "zh") String lang) {
        caller.requireAnyOf(READERS);
        return summary.html(campaignIds, lang);
    }
}
