package org.rectify.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findByCaseIdOrderById(Long caseId);

    /** The decision in force is the latest one. */
    Optional<Decision> findFirstByCaseIdOrderByIdDesc(Long caseId);
}
