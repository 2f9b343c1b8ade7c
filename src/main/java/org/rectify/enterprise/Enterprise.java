package org.rectify.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A regulated company, identified by its unified social credit code. */
@Entity
public class Enterprise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "credit_code", nullable = false, unique = true, length = 18)
    private String creditCode;

    @Column(nullable = false)
    private String name;

    private String township;
    private String village;
    private String address;
    private String legalRepresentative;
    private String contactPhone;
    private String industryCategory;
    private String products;

    @Enumerated(EnumType.STRING)
    private RevenueBand revenueBand;

    private boolean aboveScale;
    private Integer employees;

    @Column(name = "site_area_mu")
    private BigDecimal siteAreaMu;

    /** in 10,000 yuan (万元) */
    private BigDecimal annualSales;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BusinessType businessType;

    @Column(name = "eia_approval_date")
    private LocalDate eiaApprovalDate;

    private LocalDate safetyApprovalDate;

    /** the enterprise's own Tasklist account, recorded when its first case opens */
    @Column(name = "account_user_id", length = 64)
    private String accountUserId;

    private Instant createdAt;
    private Instant updatedAt;

    protected Enterprise() {
    }

    public Enterprise(String creditCode, String name, BusinessType businessType) {
        this.creditCode = UnifiedSocialCreditCode.normalize(creditCode);
        this.name = name;
        this.businessType = businessType;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public Long getId() { return id; }
    public String getCreditCode() { return creditCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTownship() { return township; }
    public void setTownship(String township) { this.township = township; }
    public String getVillage() { return village; }
    public void setVillage(String village) { this.village = village; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getLegalRepresentative() { return legalRepresentative; }
    public void setLegalRepresentative(String legalRepresentative) { this.legalRepresentative = legalRepresentative; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getIndustryCategory() { return industryCategory; }
    public void setIndustryCategory(String industryCategory) { this.industryCategory = industryCategory; }
    public String getProducts() { return products; }
    public void setProducts(String products) { this.products = products; }
    public RevenueBand getRevenueBand() { return revenueBand; }
    public void setRevenueBand(RevenueBand revenueBand) { this.revenueBand = revenueBand; }
    public boolean isAboveScale() { return aboveScale; }
    public void setAboveScale(boolean aboveScale) { this.aboveScale = aboveScale; }
    public Integer getEmployees() { return employees; }
    public void setEmployees(Integer employees) { this.employees = employees; }
    public BigDecimal getSiteAreaMu() { return siteAreaMu; }
    public void setSiteAreaMu(BigDecimal siteAreaMu) { this.siteAreaMu = siteAreaMu; }
    public BigDecimal getAnnualSales() { return annualSales; }
    public void setAnnualSales(BigDecimal annualSales) { this.annualSales = annualSales; }
    public BusinessType getBusinessType() { return businessType; }
    public void setBusinessType(BusinessType businessType) { this.businessType = businessType; }
    public LocalDate getEiaApprovalDate() { return eiaApprovalDate; }
    public void setEiaApprovalDate(LocalDate eiaApprovalDate) { this.eiaApprovalDate = eiaApprovalDate; }
    public LocalDate getSafetyApprovalDate() { return safetyApprovalDate; }
    public void setSafetyApprovalDate(LocalDate safetyApprovalDate) { this.safetyApprovalDate = safetyApprovalDate; }
    public String getAccountUserId() { return accountUserId; }
    void setAccountUserId(String accountUserId) { this.accountUserId = accountUserId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
