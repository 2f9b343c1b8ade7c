package org.rectify.campaign;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    /** Serialises start requests of one campaign: two clicks on "start" must not both queue the roster. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Campaign c where c.id = :id")
    Optional<Campaign> findForUpdate(Long id);

    List<Campaign> findAllByOrderByStartDateDescIdDesc();

    Optional<Campaign> findFirstByNameOrderById(String name);
}
