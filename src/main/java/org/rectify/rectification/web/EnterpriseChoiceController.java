package org.rectify.rectification.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.rectify.enterprise.CaseAccessPolicy;
import org.rectify.identity.Agency;
import org.rectify.rectification.EnterpriseChoice;
import org.rectify.rectification.UpgradeService;
import org.rectify.identity.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The enterprise (its own user) or the district office switches an upgrading case to closure or relocation. */
@RestController
class EnterpriseChoiceController {

    record ChoiceRequest(@NotNull EnterpriseChoice.Choice choice, @NotBlank @Size(max = 4000) String note) {
    }

    record ChoiceView(Long id, Long caseId, String choice, String note, String madeBy, Instant madeAt) {
    }

    private final UpgradeService upgrades;
    private final CaseAccessPolicy policy;
    private final Caller caller;

    EnterpriseChoiceController(UpgradeService upgrades, CaseAccessPolicy policy, Caller caller) {
        this.upgrades = upgrades;
        this.policy = policy;
        this.caller = caller;
    }

    @PostMapping("/api/cases/{caseId}/enterprise-choice")
    ChoiceView choose(@PathVariable Long caseId, @Valid @RequestBody ChoiceRequest request) {
        policy.require(caseId);
        String userId = policy.isCaseEnterprise(caseId) ? caller.userId() : caller.requireAnyOf(Agency.DISTRICT_OFFICE);
        EnterpriseChoice c = upgrades.chooseLater(caseId, request.choice(), request.note(), userId);
        return new ChoiceView(c.getId(), c.getCaseId(), c.getChoice().name(), c.getNote(), c.getMadeBy(), c.getMadeAt());
    }
}
