package org.rectify.onsite;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SiteVisitRepository extends JpaRepository<SiteVisit, Long> {
    Optional<SiteVisit> findByTaskId(String taskId);

    Optional<SiteVisit> findByClientKey(String clientKey);

    List<SiteVisit> findByCaseIdOrderByIdAsc(Long caseId);
}

interface SitePhotoRepository extends JpaRepository<SitePhoto, Long> {
    List<SitePhoto> findByVisitIdInOrderByIdAsc(Collection<Long> visitIds);

    long countByVisitId(Long visitId);
}
