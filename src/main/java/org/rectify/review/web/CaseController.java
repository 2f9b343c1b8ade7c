package org.rectify.review.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.rectify.enterprise.CaseAccessPolicy;
import org.rectify.enterprise.CaseLifecycle;
import org.rectify.enterprise.CaseOpening;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.enterprise.CaseStage;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.enterprise.EnterpriseDetails;
import org.rectify.identity.Agency;
import org.rectify.review.CaseFile;
import org.rectify.review.CaseFiles;
import org.rectify.review.CaseSearch;
import org.rectify.identity.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Opening cases and reading a case's file. Engine tasks themselves are worked in Tasklist. */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    record OpenCaseRequest(@NotNull @Valid EnterpriseDetails enterprise, Long campaignId) {
    }

    private final CaseOpening opening;
    private final CaseFiles files;
    private final Caller caller;
    private final CaseLifecycle lifecycle;
    private final CaseAccessPolicy policy;
    private final CaseSearch search;
    private final CaseProcesses processes;

    CaseController(CaseOpening opening, CaseFiles files, Caller caller, CaseLifecycle lifecycle,
                   CaseAccessPolicy policy, CaseSearch search, CaseProcesses processes) {
        this.processes = processes;
        this.search = search;
        this.opening = opening;
        this.files = files;
        this.caller = caller;
        this.lifecycle = lifecycle;
        this.policy = policy;
    }

    @PostMapping
    ResponseEntity<CaseFile> open(@Valid @RequestBody OpenCaseRequest request) {
        caller.requireAnyOf(Agency.DISTRICT_OFFICE, Agency.TOWN_ECON_CENTER);
        return created(opening.open(request.enterprise(), request.campaignId()));
    }

    /** 镇化治办 adds an enterprise the joint review did not list; its case starts at on-site verification. */
    @PostMapping("/added-at-verification")
    ResponseEntity<CaseFile> addAtVerification(@Valid @RequestBody OpenCaseRequest request) {
        caller.requireAnyOf(Agency.TOWN_OFFICE);
        return created(opening.addAtVerification(request.enterprise(), request.campaignId()));
    }

    record Term(String code, String label) {
    }

    record Terms(List<Term> stages, List<Term> dispositions, List<Term> agencies) {
    }

    /** The codes a case search filters on, with their bilingual names: the search page's choices. */
    @GetMapping("/terms")
    Terms terms() {
        caller.userId();
        return new Terms(Arrays.stream(CaseStage.values()).map(s -> new Term(s.name(), s.displayName())).toList(),
                Arrays.stream(Disposition.values()).map(d -> new Term(d.name(), d.displayName())).toList(),
                Agency.taskAgencies().stream().map(a -> new Term(a.groupId(), a.displayName())).toList());
    }

    /** Cases by credit code (its beginning), name (any part), campaign, stage, disposition and lead agency. */
    @GetMapping
    CaseSearch.Page search(@RequestParam(required = false) String creditCode, @RequestParam(required = false) String name,
                           @RequestParam(required = false) Long campaignId, @RequestParam(required = false) CaseStage stage,
                           @RequestParam(required = false) Disposition disposition,
                           @RequestParam(required = false) String agency,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        caller.userId();
        return search.search(new CaseSearch.Criteria(creditCode, name, campaignId, stage, disposition, agency), page, size);
    }

    @GetMapping("/{caseId}")
    CaseFile get(@PathVariable Long caseId) {
        return withActions(files.get(caseId, policy.require(caseId)));
    }

    /**
     * What the caller may do on the case as it stands, so that a screen offers only those; each
     * endpoint checks again (the hired firm, the task still open) and answers with its reason.
     */
    private CaseFile withActions(CaseFile file) {
        List<String> groups = caller.groups();
        boolean office = groups.contains(Agency.DISTRICT_OFFICE.groupId());
        boolean ended = file.outcome() != null;
        List<CaseFile.Action> allowed = new ArrayList<>();
        if ("DIAGNOSIS".equals(file.stage()) && groups.stream()
                .anyMatch(g -> Agency.ofGroup(g).orElse(null) == Agency.DESIGN_FIRM)) {
            allowed.add(CaseFile.Action.UPLOAD_REPORT);
        }
        if (office && "PENDING".equals(file.stage())) {
            allowed.add(CaseFile.Action.REDECIDE);
        }
        if (!ended && file.stage() != null && SWITCHABLE.contains(file.stage()) && (office || policy.isCaseEnterprise(file.id()))) {
            allowed.add(CaseFile.Action.SWITCH_PATH);
        }
        if (file.disposition() != null && SITE_DISPOSITIONS.contains(file.disposition()) && (office || groups.contains(Agency.TOWN_OFFICE.groupId()))) {
            allowed.add(CaseFile.Action.RECORD_LAND);
        }
        if (office && !ended) {
            allowed.add(CaseFile.Action.EXTEND_DEADLINE);
        }
        return file.withActions(allowed);
    }

    /** stages of the upgrade path, from which the enterprise may still switch to closure or relocation */
    private static final Set<String> SWITCHABLE = Set.of("COMMITMENT", "DIAGNOSIS", "RECTIFICATION",
            "EVALUATION", "ACCEPTANCE");
    /** dispositions whose site is cleared: land and structures are recorded */
    private static final Set<String> SITE_DISPOSITIONS = Set.of("CLOSE", "ALREADY_STOPPED",
            "RELOCATE_TO_PARK", "CONVERT_TO_SERVICES", "ELIMINATE_LINES");

    /** The case file of the case a task belongs to: Tasklist's 案卷 Case file tab. */
    @GetMapping("/of-task/{taskId}")
    CaseFile ofTask(@PathVariable String taskId) {
        caller.userId();
        Long caseId = processes.caseOfTask(taskId)
                .orElseThrow(() -> new NoSuchElementException("taskId: 任务不属于任何案件 task " + taskId + " belongs to no case"));
        return withActions(files.get(caseId, policy.require(caseId)));
    }

    /** The case file of the case a process instance (or one it called) belongs to: Cockpit's 案卷 tab. */
    @GetMapping("/of-process-instance/{processInstanceId}")
    CaseFile ofProcessInstance(@PathVariable String processInstanceId) {
        caller.userId();
        Long caseId = processes.caseOfInstance(processInstanceId).orElseThrow(() -> new NoSuchElementException(
                "processInstanceId: 流程实例不属于任何案件 instance " + processInstanceId + " belongs to no case"));
        return withActions(files.get(caseId, policy.require(caseId)));
    }

    /** The district office re-decides a pending case before its deadline. */
    @PostMapping("/{caseId}/redecision")
    CaseFile requestRedecision(@PathVariable Long caseId) {
        caller.requireAnyOf(Agency.DISTRICT_OFFICE);
        policy.require(caseId);
        files.requestRedecision(caseId);
        return files.get(caseId);
    }

    record LandFigures(@DecimalMin("0") @Digits(integer = 8, fraction = 2, message = FIGURE) BigDecimal landReclaimedMu,
                       @DecimalMin("0") @Digits(integer = 8, fraction = 2, message = FIGURE) BigDecimal structuresDemolishedSqm,
                       @Size(max = 300) String landNewUse,
                       @Size(max = 1000) String reason) {
    }

    /**
     * Land reclaimed and structures demolished, which a campaign totals (the reports give 229.8 mu);
     * after the case ended too, with a reason. Each change is kept in the case file's land history.
     */
    @PutMapping("/{caseId}/land")
    CaseFile recordLand(@PathVariable Long caseId, @Valid @RequestBody LandFigures land) {
        String userId = caller.requireAnyOf(Agency.TOWN_OFFICE, Agency.DISTRICT_OFFICE);
        policy.require(caseId);
        lifecycle.recordLand(caseId, land.landReclaimedMu(), land.structuresDemolishedSqm(), land.landNewUse(),
                land.reason(), userId);
        return files.get(caseId);
    }

    static final String FIGURE = "最多8位整数、2位小数 at most 99999999.99, two decimals";

    private ResponseEntity<CaseFile> created(EnterpriseCase enterpriseCase) {
        return ResponseEntity.created(URI.create("/api/cases/" + enterpriseCase.getId()))
                .body(files.get(enterpriseCase.getId()));
    }
}
