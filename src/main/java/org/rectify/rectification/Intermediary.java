package org.rectify.rectification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;
import java.time.LocalDate;
import org.rectify.identity.Agency;

/** A design or evaluation firm (中介机构) and the qualification certificate it works under. */
@Entity
public class Intermediary {

    public enum Kind {
        DESIGN_FIRM("设计单位 Design firm", Agency.DESIGN_FIRM),
        EVALUATION_FIRM("安全评价机构 Safety evaluation firm", Agency.EVALUATION_FIRM);

        private final String displayName;
        private final Agency agency;

        Kind(String displayName, Agency agency) {
            this.displayName = displayName;
            this.agency = agency;
        }

        public String displayName() {
            return displayName;
        }

        /** The umbrella group of all firms of this kind. */
        public Agency agency() {
            return agency;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String name;
    private String qualification;
    private String certificateNumber;
    private LocalDate certificateExpiry;
    private String registeredBy;
    private Instant registeredAt;
    private Instant updatedAt;

    protected Intermediary() {
    }

    Intermediary(Kind kind, String registeredBy) {
        this.kind = kind;
        this.registeredBy = registeredBy;
    }

    @PrePersist
    void onCreate() {
        registeredAt = Instant.now();
        updatedAt = registeredAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    void update(String name, String qualification, String certificateNumber, LocalDate certificateExpiry) {
        this.name = name;
        this.qualification = qualification;
        this.certificateNumber = certificateNumber;
        this.certificateExpiry = certificateExpiry;
    }

    /** A firm may be named only while its certificate is valid. */
    public boolean qualifiedOn(LocalDate day) {
        return !certificateExpiry.isBefore(day);
    }

    public String label() {
        return "#" + id + " " + name + "（" + qualification + "，证书 certificate " + certificateNumber + "，有效期至 valid until "
                + certificateExpiry + "）";
    }

    public Long getId() { return id; }
    public Kind getKind() { return kind; }
    public String getName() { return name; }
    public String getQualification() { return qualification; }
    public String getCertificateNumber() { return certificateNumber; }
    public LocalDate getCertificateExpiry() { return certificateExpiry; }
    public String getRegisteredBy() { return registeredBy; }
    public Instant getRegisteredAt() { return registeredAt; }
}
