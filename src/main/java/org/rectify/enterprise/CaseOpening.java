package org.rectify.enterprise;

import static org.rectify.enterprise.EnterpriseCaseVariables.ACTIVITY_VERIFY;
import static org.rectify.enterprise.EnterpriseCaseVariables.CASE_ID;
import static org.rectify.enterprise.EnterpriseCaseVariables.PROCESS_ID;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.rectify.identity.EnterpriseAccounts;
import org.rectify.shared.CurrentUser;
import org.rectify.shared.EngineAsSystem;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the case of an enterprise: the enterprise record (created or updated from the details),
 * the case record and its Process_EnterpriseCase instance, keyed by the credit code, in one
 * transaction.
 */
@Service
@Transactional
public class CaseOpening {

    private final EnterpriseRepository enterprises;
    private final EnterpriseCaseRepository cases;
    private final RuntimeService runtimeService;
    private final EngineAsSystem engine;
    private final EnterpriseAccounts accounts;
    private final CaseEnrolment enrolment;
    private final CurrentUser currentUser;

    CaseOpening(EnterpriseRepository enterprises, EnterpriseCaseRepository cases, RuntimeService runtimeService,
                EngineAsSystem engine, EnterpriseAccounts accounts, CaseEnrolment enrolment, CurrentUser currentUser) {
        this.enrolment = enrolment;
        this.currentUser = currentUser;
        this.enterprises = enterprises;
        this.cases = cases;
        this.runtimeService = runtimeService;
        this.engine = engine;
        this.accounts = accounts;
    }

    /** A case that starts with 调查摸底 Survey the enterprise. */
    public EnterpriseCase open(EnterpriseDetails details, Long campaignId) {
        EnterpriseCase enterpriseCase = newCase(details, campaignId, false);
        // the instance's start listener links it to the case (CaseProcesses)
        engine.run(() -> runtimeService.startProcessInstanceByKey(
                PROCESS_ID, enterpriseCase.getEnterprise().getCreditCode(), Map.of(CASE_ID, enterpriseCase.getId())));
        return enterpriseCase;
    }

    /** An enterprise the review did not list, added by the town: its case starts at 现场核查. */
    public EnterpriseCase addAtVerification(EnterpriseDetails details, Long campaignId) {
        EnterpriseCase enterpriseCase = newCase(details, campaignId, true);
        engine.run(() -> runtimeService.createProcessInstanceByKey(PROCESS_ID)
                .businessKey(enterpriseCase.getEnterprise().getCreditCode())
                .setVariable(CASE_ID, enterpriseCase.getId())
                .startBeforeActivity(ACTIVITY_VERIFY)
                .execute());
        return enterpriseCase;
    }

    private EnterpriseCase newCase(EnterpriseDetails details, Long campaignId, boolean addedAtVerification) {
        String code = UnifiedSocialCreditCode.normalize(details.creditCode());
        String already = "creditCode: 该企业已有在办案件 enterprise " + code + " already has an open case"
                + (campaignId == null ? "" : " in campaign " + campaignId);
        if (campaignId != null) {
            enrolment.requireCampaign(campaignId);
        }
        EnterpriseCase opened;
        try {
            Enterprise enterprise = enterprises.findByCreditCode(code)
                    .orElseGet(() -> new Enterprise(code, details.name(), details.businessType()));
            details.applyTo(enterprise);
            enterprise = enterprises.saveAndFlush(enterprise);
            if (cases.hasOpenCase(enterprise.getId(), campaignId)) {
                throw new CaseAlreadyOpenException(already);
            }
            // the unique key on open cases decides between openings at the same moment
            opened = cases.saveAndFlush(new EnterpriseCase(enterprise, campaignId, addedAtVerification));
        } catch (DataIntegrityViolationException sameMoment) {
            throw new CaseAlreadyOpenException(already + " (opened at the same moment)");
        }
        // the enterprise works its own tasks (commitment, rectification, relocation plan) as this user
        Enterprise enterprise = opened.getEnterprise();
        if (enterprise.getAccountUserId() == null) {
            enterprise.setAccountUserId(accounts.ensure(code, enterprise.getName()));
        }
        if (campaignId != null) {
            enrolment.enrol(opened, currentUser.idOrSystem());
        }
        return opened;
    }

    public static class CaseAlreadyOpenException extends RuntimeException {
        CaseAlreadyOpenException(String message) {
            super(message);
        }
    }
}
