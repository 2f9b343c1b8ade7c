package org.rectify.deadline;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineExtensionRepository extends JpaRepository<DeadlineExtension, Long> {

    Optional<DeadlineExtension> findFirstByExecutionIdAndActivityIdOrderByIdDesc(String executionId, String activityId);

    List<DeadlineExtension> findByCaseIdOrderByIdAsc(Long caseId);
}
