package org.rectify.inspection;

public record InspectorView(String userId, String certificateNumber, String township, boolean active) {

    static InspectorView of(Inspector inspector) {
        return new InspectorView(inspector.getUserId(), inspector.getCertificateNumber(), inspector.getTownship(),
                inspector.isActive());
    }
}
