package org.rectify.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyOpinionRepository extends JpaRepository<AgencyOpinion, Long> {

    List<AgencyOpinion> findByCaseIdOrderById(Long caseId);
}
