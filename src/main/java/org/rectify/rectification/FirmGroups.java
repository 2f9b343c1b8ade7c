package org.rectify.rectification;

import java.util.List;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.identity.Agency;
import org.rectify.shared.EngineAsSystem;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each registered firm is a Camunda group of its own ({@code design-firm-12}) whose members are the
 * firm's users. The diagnosis and evaluation tasks of a case name the hired firm's group as
 * candidate group, so a firm sees and works only the cases that hired it.
 */
@Component("hiredFirms")
@Transactional
public class FirmGroups implements ApplicationRunner {

    private final IdentityService identityService;
    private final EngineAsSystem engine;
    private final IntermediaryRepository firms;
    private final EnterpriseChoiceRepository choices;
    private final CaseProcesses processes;

    FirmGroups(IdentityService identityService, EngineAsSystem engine, IntermediaryRepository firms,
               EnterpriseChoiceRepository choices, CaseProcesses processes) {
        this.identityService = identityService;
        this.engine = engine;
        this.firms = firms;
        this.choices = choices;
        this.processes = processes;
    }

    /** BPMN: the candidate group of the case's design or evaluation task, e.g. {@code ${hiredFirms.group(execution, 'DESIGN_FIRM')}}. */
    public String group(DelegateExecution execution, String kind) {
        Long caseId = processes.caseId(execution);
        EnterpriseChoice commitment = choices.findFirstByCaseIdAndAtCommitmentTrueOrderByIdDesc(caseId)
                .orElseThrow(() -> new IllegalStateException("Case " + caseId + " has no commitment letter"));
        Intermediary.Kind firmKind = Intermediary.Kind.valueOf(kind);
        Long firmId = firmKind == Intermediary.Kind.DESIGN_FIRM ? commitment.getDesignFirmId()
                : commitment.getEvaluationFirmId();
        if (firmId == null) {
            throw new IllegalStateException("Case " + caseId + " hired no " + firmKind.displayName());
        }
        return groupOf(firmKind, firmId);
    }

    static String groupOf(Intermediary.Kind kind, long firmId) {
        return kind.agency().organisationGroup(firmId);
    }

    /** The firm's group exists and carries its name. */
    void ensure(Intermediary firm) {
        engine.run(() -> {
            String id = groupOf(firm.getKind(), firm.getId());
            Group group = identityService.createGroupQuery().groupId(id).singleResult();
            if (group == null) {
                group = identityService.newGroup(id);
            }
            String name = firm.getKind().displayName() + " " + firm.getName();
            group.setName(name.length() > 255 ? name.substring(0, 255) : name);
            group.setType("FIRM");
            identityService.saveGroup(group);
        });
    }

    /** The user works for the firm from now on: a member of its group and of its kind's group. */
    public void link(Long firmId, String userId) {
        Intermediary firm = firm(firmId);
        engine.run(() -> {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            if (user == null) {
                throw new NoSuchElementException("userId: 用户不存在 no user '" + userId + "'");
            }
            String own = groupOf(firm.getKind(), firm.getId());
            for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
                if (!group.getId().equals(own) && Agency.byGroupId(group.getId()).isEmpty()
                        && Agency.ofGroup(group.getId()).isPresent()) {
                    throw new IllegalStateException("userId: 该用户已属于其他中介机构 user '" + userId
                            + "' already works for " + group.getName() + "; unlink it there first");
                }
            }
            ensure(firm);
            addMembership(userId, own);
            addMembership(userId, firm.getKind().agency().groupId());
        });
    }

    public void unlink(Long firmId, String userId) {
        Intermediary firm = firm(firmId);
        engine.run(() -> identityService.deleteMembership(userId, groupOf(firm.getKind(), firm.getId())));
    }

    /** The user ids of the firm's people. */
    @Transactional(readOnly = true)
    public List<String> members(Long firmId) {
        Intermediary firm = firm(firmId);
        return engine.call(() -> identityService.createUserQuery()
                .memberOfGroup(groupOf(firm.getKind(), firm.getId())).orderByUserId().asc().listPage(0, 500)
                .stream().map(User::getId).toList());
    }

    /** Firms registered before firms had groups get theirs at start-up. */
    @Override
    public void run(ApplicationArguments args) {
        firms.findAll().forEach(this::ensure);
    }

    private void addMembership(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }

    private Intermediary firm(Long firmId) {
        return firms.findById(firmId).orElseThrow(() -> new NoSuchElementException("intermediary: no firm " + firmId));
    }
}
