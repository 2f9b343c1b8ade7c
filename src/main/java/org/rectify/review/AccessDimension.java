package org.rectify.review;

import org.rectify.enterprise.EnterpriseCaseVariables;

/** The eight access requirements every enterprise is surveyed against (DOMAIN.md). */
public enum AccessDimension {
    SAFETY_PRODUCTION("safetyProduction", "安全生产 Safety production"),
    ENVIRONMENTAL_PROTECTION("environmentalProtection", "环境保护 Environmental protection"),
    TECHNOLOGY_QUALITY("technologyQuality", "技术质量 Technology and quality"),
    PERSONNEL_QUALIFICATION("personnelQualification", "人员资质 Personnel qualifications"),
    LAND("land", "土地 Land"),
    ENERGY_CONSUMPTION("energyConsumption", "能耗 Energy consumption"),
    PROJECT_APPROVAL("projectApproval", "项目审核 Project approval"),
    BUSINESS_REGISTRATION("businessRegistration", "工商登记 Business registration");

    private final String key;
    private final String displayName;

    AccessDimension(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    /** Process variable (and form field) holding whether the enterprise meets this requirement. */
    public String compliantVariable() {
        return key + EnterpriseCaseVariables.COMPLIANT_SUFFIX;
    }

    public String noteVariable() {
        return key + EnterpriseCaseVariables.NOTE_SUFFIX;
    }

    public String displayName() {
        return displayName;
    }
}
