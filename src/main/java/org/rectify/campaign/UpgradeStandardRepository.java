package org.rectify.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UpgradeStandardRepository extends JpaRepository<UpgradeStandard, Long> {

    Optional<UpgradeStandard> findByCode(String code);

    boolean existsByCode(String code);

    List<UpgradeStandard> findAllByOrderByCode();
}
