package org.rectify.report;

import org.springframework.stereotype.Service;

/** The drafted work summary (工作总结) as a Word document or a web page. */
@Service
public class SummaryReport {

    private final SummaryDraft draft;

    SummaryReport(SummaryDraft draft) {
        this.draft = draft;
    }

    /** lang: zh (default) or en */
    public byte[] docx(Long campaignId, String lang) {
        return SummaryDocx.write(draft.draft(campaignId, Lang.of(lang)));
    }

    public String html(Long campaignId, String lang) {
        Lang language = Lang.of(lang);
        return SummaryHtml.write(draft.draft(campaignId, language), language);
    }
}
