package org.rectify.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyFindingRepository extends JpaRepository<SurveyFinding, Long> {

    List<SurveyFinding> findByCaseIdOrderById(Long caseId);
}
