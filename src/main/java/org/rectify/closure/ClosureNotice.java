package org.rectify.closure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import org.rectify.enterprise.Disposition;

/** 关闭通知: production must stop by a date. */
@Entity
public class ClosureNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    private Disposition closureKind;

    private LocalDate stopProductionBy;
    private String noticeText;
    private String issuedBy;
    private Instant issuedAt;

    protected ClosureNotice() {
    }

    ClosureNotice(Long caseId, Disposition closureKind, LocalDate stopProductionBy, String noticeText, String issuedBy) {
        this.caseId = caseId;
        this.closureKind = closureKind;
        this.stopProductionBy = stopProductionBy;
        this.noticeText = noticeText;
        this.issuedBy = issuedBy;
        this.issuedAt = Instant.now();
    }

    public Long getCaseId() { return caseId; }
    public Disposition getClosureKind() { return closureKind; }
    public LocalDate getStopProductionBy() { return stopProductionBy; }
    public String getNoticeText() { return noticeText; }
    public String getIssuedBy() { return issuedBy; }
    public Instant getIssuedAt() { return issuedAt; }
}
