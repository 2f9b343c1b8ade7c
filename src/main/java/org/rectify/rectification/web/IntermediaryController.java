package org.rectify.rectification.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.rectify.identity.Agency;
import org.rectify.rectification.FirmGroups;
import org.rectify.rectification.FirmPerformance;
import org.rectify.rectification.Intermediary;
import org.rectify.rectification.IntermediaryRegister;
import org.rectify.identity.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of design and evaluation firms: everyone reads, the district office keeps it. How
 * each firm performs is for the agencies that oversee them, not for the firms.
 */
@RestController
@RequestMapping("/api/intermediaries")
class IntermediaryController {

    private static final Agency[] PERFORMANCE_READERS = {Agency.DISTRICT_OFFICE, Agency.TOWN_OFFICE, Agency.TOWN_ECON_CENTER,
            Agency.SUPERVISOR, Agency.SAFETY};

    record FirmRequest(@NotNull Intermediary.Kind kind, @NotBlank @Size(max = 200) String name,
                       @NotBlank @Size(max = 200) String qualification, @NotBlank @Size(max = 100) String certificateNumber,
                       @NotNull LocalDate certificateExpiry) {

        IntermediaryRegister.FirmDetails details() {
            return new IntermediaryRegister.FirmDetails(kind, name, qualification, certificateNumber, certificateExpiry);
        }
    }

    record FirmView(Long id, String kind, String name, String qualification, String certificateNumber,
                    LocalDate certificateExpiry, boolean qualified) {

        static FirmView of(Intermediary f) {
            return new FirmView(f.getId(), f.getKind().name(), f.getName(), f.getQualification(),
                    f.getCertificateNumber(), f.getCertificateExpiry(), f.qualifiedOn(LocalDate.now()));
        }
    }

    private final IntermediaryRegister register;
    private final FirmPerformance performance;
    private final Caller caller;
    private final FirmGroups groups;

    IntermediaryController(IntermediaryRegister register, FirmPerformance performance, Caller caller,
                           FirmGroups groups) {
        this.register = register;
        this.performance = performance;
        this.caller = caller;
        this.groups = groups;
    }

    @GetMapping
    List<FirmView> all() {
        caller.userId();
        return register.all().stream().map(FirmView::of).toList();
    }

    /** Per firm: reports submitted, late, average turnaround in days, returned; of the campaigns named, or all. */
    @GetMapping("/performance")
    List<FirmPerformance.FirmRecord> performance(
            @RequestParam(name = "campaignId", required = false) List<Long> campaignIds) {
        caller.requireAnyOf(PERFORMANCE_READERS);
        return campaignIds == null || campaignIds.isEmpty() ? performance.all() : performance.ofCampaigns(campaignIds);
    }

    @GetMapping("/{id}")
    FirmView one(@PathVariable Long id) {
        caller.userId();
        return FirmView.of(register.find(id));
    }

    @PostMapping
    ResponseEntity<FirmView> create(@Valid @RequestBody FirmRequest request) {
        String userId = caller.requireAnyOf(Agency.DISTRICT_OFFICE);
        Intermediary firm = register.register(request.details(), userId);
        return ResponseEntity.created(URI.create("/api/intermediaries/" + firm.getId())).body(FirmView.of(firm));
    }

    @PutMapping("/{id}")
    FirmView update(@PathVariable Long id, @Valid @RequestBody FirmRequest request) {
        caller.requireAnyOf(Agency.DISTRICT_OFFICE);
        return FirmView.of(register.update(id, request.details()));
    }

    /** The firm's people: users who see and work the cases that hired the firm. */
    @GetMapping("/{id}/users")
    List<String> users(@PathVariable Long id) {
        caller.requireAnyOf(Agency.DISTRICT_OFFICE);
        return groups.members(id);
    }

    /** Links an existing user to the firm (a user works for one firm only). */
    @PutMapping("/{id}/users/{userId}")
    List<String> link(@PathVariable Long id, @PathVariable String userId) {
        caller.requireAnyOf(Agency.DISTRICT_OFFICE);
        groups.link(id, userId);
        return groups.members(id);
    }

    @DeleteMapping("/{id}/users/{userId}")
    List<String> unlink(@PathVariable Long id, @PathVariable String userId) {
        caller.requireAnyOf(Agency.DISTRICT_OFFICE);
        groups.unlink(id, userId);
        return groups.members(id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable Long id) {
        caller.requireAnyOf(Agency.DISTRICT_OFFICE);
        register.delete(id);
        return ResponseEntity.noContent().build();
    }
}
