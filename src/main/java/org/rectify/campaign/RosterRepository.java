package org.rectify.campaign;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RosterRepository extends JpaRepository<RosterEntry, Long> {

    Optional<RosterEntry> findByCampaignIdAndEnterpriseId(Long campaignId, Long enterpriseId);

    @EntityGraph(attributePaths = "enterprise")
    Page<RosterEntry> findByCampaignIdOrderById(Long campaignId, Pageable page);

    @EntityGraph(attributePaths = "enterprise")
    List<RosterEntry> findByCampaignIdAndStatusAndStartBatchOrderById(Long campaignId, RosterStatus status,
                                                                      Integer startBatch);

    @Query("select e.id from RosterEntry e where e.campaignId = :campaignId and e.status = :status order by e.id")
    List<Long> findIds(Long campaignId, RosterStatus status);

    @Query("select e.enterprise.id from RosterEntry e where e.campaignId = :campaignId")
    List<Long> findEnterpriseIds(Long campaignId);

    long countByCampaignId(Long campaignId);

    @Modifying(flushAutomatically = true)
    @Query("""
            update RosterEntry e set e.status = org.rectify.campaign.RosterStatus.QUEUED, e.startBatch = :batch
            where e.id in :ids and e.status = org.rectify.campaign.RosterStatus.PENDING""")
    int queue(Collection<Long> ids, int batch);

    @Modifying(flushAutomatically = true)
    @Query("""
            update RosterEntry e set e.status = org.rectify.campaign.RosterStatus.PENDING, e.startBatch = null
            where e.campaignId = :campaignId and e.status = org.rectify.campaign.RosterStatus.QUEUED""")
    int requeue(Long campaignId);

    /** status name and count: one row per status present */
    @Query("select e.status, count(e) from RosterEntry e where e.campaignId = :campaignId group by e.status")
    List<Object[]> countByStatus(Long campaignId);
}
