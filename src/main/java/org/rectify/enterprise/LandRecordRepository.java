package org.rectify.enterprise;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LandRecordRepository extends JpaRepository<LandRecord, Long> {

    List<LandRecord> findByCaseIdOrderByIdAsc(Long caseId);
}
