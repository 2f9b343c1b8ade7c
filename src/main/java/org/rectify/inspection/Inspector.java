package org.rectify.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A market-regulation user who holds an inspector's certificate and may be drawn to inspect. */
@Entity
@Table(name = "equipment_inspector")
public class Inspector {

    @Id
    private String userId;
    @Column(nullable = false)
    private String certificateNumber;
    @Column(nullable = false)
    private String township;
    private boolean active;

    protected Inspector() {
    }

    Inspector(String userId, String certificateNumber, String township) {
        this.userId = userId;
        this.certificateNumber = certificateNumber;
        this.township = township;
        this.active = true;
    }

    void update(String certificateNumber, String township, boolean active) {
        this.certificateNumber = certificateNumber;
        this.township = township;
        this.active = active;
    }

    public String getUserId() { return userId; }
    public String getCertificateNumber() { return certificateNumber; }
    public String getTownship() { return township; }
    public boolean isActive() { return active; }
}
