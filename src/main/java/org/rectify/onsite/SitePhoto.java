package org.rectify.onsite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A photo taken on site: a document of the case, its content in the document store. */
@Entity
@Table(name = "site_photo")
public class SitePhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long visitId;
    @Column(nullable = false)
    private String storageKey;
    @Column(nullable = false)
    private String fileName;
    @Column(nullable = false)
    private String contentType;
    private long sizeBytes;
    @Column(nullable = false)
    private String sha256;
    private Instant takenAt;
    private BigDecimal latitude;
    private BigDecimal longitude;

    protected SitePhoto() {
    }

    SitePhoto(Long visitId, String storageKey, PhotoUpload photo) {
        this.visitId = visitId;
        this.storageKey = storageKey;
        this.fileName = photo.fileName();
        this.contentType = photo.contentType();
        this.sizeBytes = photo.content().length;
        this.sha256 = photo.sha256();
        this.takenAt = photo.takenAt();
        this.latitude = photo.latitude();
        this.longitude = photo.longitude();
    }

    public Long getId() { return id; }
    public Long getVisitId() { return visitId; }
    public String getStorageKey() { return storageKey; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public Instant getTakenAt() { return takenAt; }
    public BigDecimal getLatitude() { return latitude; }
    public BigDecimal getLongitude() { return longitude; }
}
