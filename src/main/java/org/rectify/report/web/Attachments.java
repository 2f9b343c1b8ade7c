package org.rectify.report.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The report files as downloads, named as a user would save them (Chinese names kept in UTF-8). */
public final class Attachments {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private Attachments() {
    }

    public static ResponseEntity<byte[]> ledger(byte[] xlsx, Long campaignId) {
        return file(xlsx, XLSX, "台账-" + campaignId + ".xlsx");
    }

    public static ResponseEntity<byte[]> summary(byte[] docx, String ids) {
        return file(docx, DOCX, "工作总结-" + ids + ".docx");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
