package org.rectify.review.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import org.rectify.enterprise.CaseAccessPolicy;
import org.rectify.enterprise.CaseLifecycle;
import org.rectify.enterprise.CaseOpening;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.enterprise.EnterpriseDetails;
import org.rectify.identity.Agency;
import org.rectify.review.CaseFile;
import org.rectify.review.CaseFiles;
import org.rectify.shared.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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

    CaseController(CaseOpening opening, CaseFiles files, Caller caller, CaseLifecycle lifecycle,
                   CaseAccessPolicy policy) {
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

    @GetMapping("/{caseId}")
    CaseFile get(@PathVariable Long caseId) {
        return files.get(caseId, policy.require(caseId));
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
                       @Size(max = 300) String landNewUse) {
    }

    /** Land reclaimed and structures demolished, which a campaign totals (the reports give 229.8 mu). */
    @PutMapping("/{caseId}/land")
    CaseFile recordLand(@PathVariable Long caseId, @Valid @RequestBody LandFigures land) {
        caller.requireAnyOf(Agency.TOWN_OFFICE, Agency.DISTRICT_OFFICE);
        policy.require(caseId);
        lifecycle.recordLand(caseId, land.landReclaimedMu(), land.structuresDemolishedSqm(), land.landNewUse());
        return files.get(caseId);
    }

    static final String FIGURE = "最多8位整数、2位小数 at most 99999999.99, two decimals";

    private ResponseEntity<CaseFile> created(EnterpriseCase enterpriseCase) {
        return ResponseEntity.created(URI.create("/api/cases/" + enterpriseCase.getId()))
                .body(files.get(enterpriseCase.getId()));
    }
}
