package org.rectify.report;

import java.util.List;
import org.springframework.stereotype.Service;

/** The drafted work summary (工作总结) as a Word document or a web page, of one campaign or several. */
@Service
public class SummaryReport {

    private final SummaryDraft draft;

    SummaryReport(SummaryDraft draft) {
        this.draft = draft;
    }

    /** lang: zh (default) or en */
    public byte[] docx(Long campaignId, String lang) {
        return docx(List.of(campaignId), lang);
    }

    public String html(Long campaignId, String lang) {
        return html(List.of(campaignId), lang);
    }

    /** Several campaigns (e.g. a city's) in one report: their totals, and a table of each one's figures. */
    public byte[] docx(List<Long> campaignIds, String lang) {
        return SummaryDocx.write(draft.draft(campaignIds, Lang.of(lang)));
    }

    public String html(List<Long> campaignIds, String lang) {
        Lang language = Lang.of(lang);
        return SummaryHtml.write(draft.draft(campaignIds, language), language);
    }
}
