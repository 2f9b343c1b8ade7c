package org.rectify.inspection.web;

import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import org.rectify.inspection.InspectionCampaigns;
import org.rectify.inspection.PublishedResultsFiles;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public face of 一公开: a campaign's results for anyone, without login, once the bureau approved
 * them; before that (or for no such campaign) the page does not exist.
 */
@RestController
@RequestMapping("/public/equipment-inspections")
class PublishedResultsController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final InspectionCampaigns campaigns;

    PublishedResultsController(InspectionCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/{campaignId}")
    ResponseEntity<String> page(@PathVariable String campaignId) {
        try {
            return ResponseEntity.ok().contentType(HTML)
                    .body(PublishedResultsFiles.html(campaigns.published(id(campaignId))));
        } catch (NoSuchElementException notPublished) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body("""
                    <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>未公示 Not published</title>
                    </head><body><h1>未公示 Not published</h1><p>没有此检查行动的公示结果。
                    There are no published results of this inspection campaign.</p></body></html>
                    """);
        }
    }

    @GetMapping("/{campaignId}/results.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable String campaignId) {
        try {
            return ResponseEntity.ok().contentType(EquipmentRegisterController.XLSX)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("检查结果公示 results-" + campaignId + ".xlsx", StandardCharsets.UTF_8).build()
                            .toString())
                    .body(PublishedResultsFiles.workbook(campaigns.published(id(campaignId))));
        } catch (NoSuchElementException notPublished) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NoSuchElementException(text);
        }
    }
}
