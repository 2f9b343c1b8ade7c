package org.rectify.review;

import static org.rectify.enterprise.EnterpriseCaseVariables.DECISION_DEADLINE;
import static org.rectify.enterprise.EnterpriseCaseVariables.DISPOSITION;

import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** The two variables that route a case after a decision: its disposition and its deadline. */
@Component
class DispositionRouting {

    void route(VariableScope scope, Decision decision) {
        scope.setVariable(DISPOSITION, decision.getDisposition().name());
        scope.setVariable(DECISION_DEADLINE, decision.getDeadline() == null ? null
                : Date.from(decision.getDeadline().atStartOfDay(ZoneId.systemDefault()).toInstant()));
    }
}
