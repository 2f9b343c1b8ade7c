package org.rectify.deadline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineExtensionRepository extends JpaRepository<DeadlineExtension, Long> {

    List<DeadlineExtension> findByCaseIdOrderByIdAsc(Long caseId);
}
