package org.rectify.closure;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClosureNoticeRepository extends JpaRepository<ClosureNotice, Long> {
    List<ClosureNotice> findByCaseIdOrderByIdAsc(Long caseId);
}

interface ClosureCheckRepository extends JpaRepository<ClosureCheck, Long> {
    List<ClosureCheck> findByCaseIdOrderByIdAsc(Long caseId);
}

interface EliminatedUnitRepository extends JpaRepository<EliminatedUnit, Long> {
    List<EliminatedUnit> findByCaseIdOrderByIdAsc(Long caseId);
}

interface LicenceActionRepository extends JpaRepository<LicenceAction, Long> {
    List<LicenceAction> findByCaseIdOrderByIdAsc(Long caseId);
}

interface RelocationPlanRepository extends JpaRepository<RelocationPlan, Long> {
    List<RelocationPlan> findByCaseIdOrderByIdAsc(Long caseId);

    Optional<RelocationPlan> findFirstByCaseIdOrderByIdDesc(Long caseId);
}
