package org.rectify.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user unit (使用单位) of special equipment in the county's register: a hotel, a school, a scenic spot. */
@Entity
@Table(name = "equipment_unit")
public class EquipmentUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String creditCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlaceKind placeKind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskLevel risk;
    @Column(nullable = false)
    private String address;
    @Column(nullable = false)
    private String township;
    /** personal data: never published */
    private String contactName;
    private String contactPhone;
    private Instant createdAt;

    protected EquipmentUnit() {
    }

    EquipmentUnit(RegisterRows.UnitRow row) {
        this.name = row.name();
        this.creditCode = row.creditCode();
        this.placeKind = row.placeKind();
        this.risk = row.risk();
        this.address = row.address();
        this.township = row.township();
        this.contactName = row.contactName();
        this.contactPhone = row.contactPhone();
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getCreditCode() { return creditCode; }
    public PlaceKind getPlaceKind() { return placeKind; }
    public RiskLevel getRisk() { return risk; }
    public String getAddress() { return address; }
    public String getTownship() { return township; }
    public String getContactName() { return contactName; }
    public String getContactPhone() { return contactPhone; }
}
