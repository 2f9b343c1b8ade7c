package org.rectify.rectification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The design firm's report (PDF); the file lies in the report folder under its storage name. */
@Entity
public class DiagnosisReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long caseId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private String storageName;
    private String uploadedBy;
    private Instant uploadedAt;

    protected DiagnosisReport() {
    }

    DiagnosisReport(Long caseId, String fileName, String contentType, long sizeBytes, String sha256, String storageName,
                    String uploadedBy) {
        this.caseId = caseId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageName = storageName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getStorageName() { return storageName; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
