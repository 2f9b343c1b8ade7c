package org.rectify.rectification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IntermediaryRepository extends JpaRepository<Intermediary, Long> {
    List<Intermediary> findAllByOrderByKindAscNameAsc();

    List<Intermediary> findByKindOrderByNameAsc(Intermediary.Kind kind);

    Optional<Intermediary> findByKindAndCertificateNumber(Intermediary.Kind kind, String certificateNumber);
}

interface EnterpriseChoiceRepository extends JpaRepository<EnterpriseChoice, Long> {
    List<EnterpriseChoice> findByCaseIdOrderByIdAsc(Long caseId);

    Optional<EnterpriseChoice> findFirstByCaseIdAndAtCommitmentTrueOrderByIdDesc(Long caseId);
}

interface DiagnosisReportRepository extends JpaRepository<DiagnosisReport, Long> {
    List<DiagnosisReport> findByCaseIdOrderByIdAsc(Long caseId);
}

interface HazardRepository extends JpaRepository<Hazard, Long> {
    List<Hazard> findByCaseIdOrderByIdAsc(Long caseId);
}

interface HazardEventRepository extends JpaRepository<HazardEvent, Long> {
    List<HazardEvent> findByHazardIdInOrderByIdAsc(Collection<Long> hazardIds);
}

interface RectificationPlanRepository extends JpaRepository<RectificationPlan, Long> {
    List<RectificationPlan> findByCaseIdOrderByIdAsc(Long caseId);
}

interface RectificationRoundRepository extends JpaRepository<RectificationRound, Long> {
    List<RectificationRound> findByCaseIdOrderByRoundNumberAsc(Long caseId);
}

interface SafetyEvaluationRepository extends JpaRepository<SafetyEvaluation, Long> {
    List<SafetyEvaluation> findByCaseIdOrderByIdAsc(Long caseId);
}

interface AcceptanceRepository extends JpaRepository<Acceptance, Long> {
    List<Acceptance> findByCaseIdOrderByIdAsc(Long caseId);
}

interface FirmReportRepository extends JpaRepository<FirmReport, Long> {
    List<FirmReport> findByCaseIdOrderByIdAsc(Long caseId);

    Optional<FirmReport> findFirstByCaseIdAndKindOrderByIdDesc(Long caseId, FirmReport.Kind kind);
}
