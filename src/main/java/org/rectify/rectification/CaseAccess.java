package org.rectify.rectification;

import java.util.NoSuchElementException;
import org.rectify.enterprise.EnterpriseCaseRepository;
import org.rectify.identity.EnterpriseAccounts;
import org.rectify.shared.Caller;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who may act on a case's upgrade through our API: agencies by group, an enterprise only on its own case. */
@Component
@Transactional(readOnly = true)
public class CaseAccess {

    private final EnterpriseCaseRepository cases;
    private final EnterpriseAccounts accounts;
    private final Caller caller;

    CaseAccess(EnterpriseCaseRepository cases, EnterpriseAccounts accounts, Caller caller) {
        this.cases = cases;
        this.accounts = accounts;
        this.caller = caller;
    }

    public boolean isCaseEnterprise(Long caseId) {
        String code = cases.findWithEnterpriseById(caseId)
                .orElseThrow(() -> new NoSuchElementException("caseId: no case " + caseId))
                .getEnterprise().getCreditCode();
        return accounts.isEnterpriseUser(caller.userId(), code);
    }

    /** An enterprise's own user, who sees only its own case. */
    public boolean callerIsAnEnterprise() {
        return caller.userId().startsWith(EnterpriseAccounts.PREFIX);
    }
}
