package org.rectify.enterprise;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The facts of an enterprise as a survey ledger or a town office enters them. */
public record EnterpriseDetails(
        @NotBlank String creditCode,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String township,
        @Size(max = 100) String village,
        @Size(max = 300) String address,
        @Size(max = 100) String legalRepresentative,
        @Size(max = 50) String contactPhone,
        @Size(max = 100) String industryCategory,
        @Size(max = 500) String products,
        RevenueBand revenueBand,
        boolean aboveScale,
        @PositiveOrZero @Max(value = 10_000_000, message = "人数过大 at most 10000000") Integer employees,
        @DecimalMin("0") @Digits(integer = 8, fraction = 2, message = AREA) BigDecimal siteAreaMu,
        @NotNull BusinessType businessType,
        LocalDate eiaApprovalDate,
        LocalDate safetyApprovalDate,
        /** last year's sales in 10,000 yuan (万元) */
        @DecimalMin("0") @Digits(integer = 12, fraction = 2, message = SALES) BigDecimal annualSales) {

    static final String AREA = "面积最多8位整数、2位小数 at most 99999999.99 mu, two decimals";
    static final String SALES = "金额最多12位整数、2位小数 at most 999999999999.99 (10,000 yuan), two decimals";

    void applyTo(Enterprise enterprise) {
        enterprise.setName(name);
        enterprise.setTownship(township);
        enterprise.setVillage(village);
        enterprise.setAddress(address);
        enterprise.setLegalRepresentative(legalRepresentative);
        enterprise.setContactPhone(contactPhone);
        enterprise.setIndustryCategory(industryCategory);
        enterprise.setProducts(products);
        enterprise.setRevenueBand(revenueBand);
        enterprise.setAboveScale(aboveScale);
        enterprise.setEmployees(employees);
        enterprise.setSiteAreaMu(siteAreaMu);
        enterprise.setBusinessType(businessType);
        enterprise.setEiaApprovalDate(eiaApprovalDate);
        enterprise.setSafetyApprovalDate(safetyApprovalDate);
        enterprise.setAnnualSales(annualSales);
    }
}
