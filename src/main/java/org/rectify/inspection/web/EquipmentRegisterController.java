package org.rectify.inspection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rectify.identity.Caller;
import org.rectify.inspection.EquipmentRegisters;
import org.rectify.inspection.InspectorEntry;
import org.rectify.inspection.InspectorView;
import org.rectify.inspection.RegisterImportException;
import org.rectify.inspection.RegisterImportReport;
import org.rectify.inspection.UnitView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "特种设备名录 Special-equipment registers", description = "User units, their equipment and the inspectors")
@RestController
@RequestMapping("/api/equipment")
class EquipmentRegisterController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final EquipmentRegisters registers;
    private final Caller caller;

    EquipmentRegisterController(EquipmentRegisters registers, Caller caller) {
        this.registers = registers;
        this.caller = caller;
    }

    @Operation(summary = "名录模板 Register template", description = "An empty .xlsx: units on the first sheet, their"
            + " equipment on the second.")
    @GetMapping("/register-template")
    ResponseEntity<byte[]> template() {
        caller.requireAnyOf(InspectionAccess.READERS);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("特种设备名录模板 equipment-register-template.xlsx", StandardCharsets.UTF_8).build()
                        .toString())
                .body(registers.template());
    }

    @Operation(summary = "导入名录 Import the register", description = "Units and equipment, all or none: when any"
            + " cell is bad, 400 lists every problem (sheet, row, column, reason) and nothing is imported.")
    @PostMapping(path = "/register/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    RegisterImportReport importRegister(@RequestPart("file") MultipartFile file) throws IOException {
        caller.requireAnyOf(InspectionAccess.BUREAU);
        return registers.importRegister(file.getBytes());
    }

    @Operation(summary = "使用单位 Units", description = "With their equipment and how many are overdue for inspection.")
    @GetMapping("/units")
    List<UnitView> units() {
        caller.requireAnyOf(InspectionAccess.READERS);
        return registers.units();
    }

    @Operation(summary = "逾期未检设备 Equipment overdue for statutory inspection", description = "Flagged from the"
            + " register's dates.")
    @GetMapping("/overdue")
    List<EquipmentRegisters.OverdueEquipment> overdue() {
        caller.requireAnyOf(InspectionAccess.READERS);
        return registers.overdueEquipment();
    }

    @Operation(summary = "检查人员 Inspectors")
    @GetMapping("/inspectors")
    List<InspectorView> inspectors() {
        caller.requireAnyOf(InspectionAccess.READERS);
        return registers.inspectors();
    }

    @Operation(summary = "登记检查人员 Register an inspector", description = "A market-regulation user with an"
            + " inspector's certificate and a township; again to change or deactivate (active false).")
    @PostMapping("/inspectors")
    InspectorView registerInspector(@Valid @RequestBody InspectorEntry entry) {
        caller.requireAnyOf(InspectionAccess.BUREAU);
        return registers.registerInspector(entry);
    }

    /** The whole report, so the user can fix every cell at once. */
    @ExceptionHandler(RegisterImportException.class)
    ProblemDetail refused(RegisterImportException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("名录未导入 Register not imported");
        problem.setProperty("errors", e.errors());
        return problem;
    }
}
