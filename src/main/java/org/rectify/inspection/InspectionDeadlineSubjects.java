package org.rectify.inspection;

import java.util.Optional;
import org.rectify.deadline.DeadlineSubjects;
import org.rectify.identity.Agency;
import org.springframework.stereotype.Component;

/** A late inspection task is about its unit; its escalation goes to the market-regulation bureau. */
@Component
class InspectionDeadlineSubjects implements DeadlineSubjects {

    private final EquipmentInspections inspections;

    InspectionDeadlineSubjects(EquipmentInspections inspections) {
        this.inspections = inspections;
    }

    @Override
    public Optional<Subject> ofRootInstance(String rootProcessInstanceId) {
        return inspections.ofProcessInstance(rootProcessInstanceId).map(inspections::unit)
                .map(unit -> new Subject(unit.getName(), unit.getCreditCode(), Agency.MARKET_REGULATION.groupId()));
    }
}
