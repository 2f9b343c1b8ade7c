package org.rectify.campaign;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublicityRepository extends JpaRepository<Publicity, Long> {

    List<Publicity> findByCampaignIdOrderByRecordedOnAscIdAsc(Long campaignId);

    /** text messages, leaflets, consultations: one row of sums (nulls when nothing is recorded) */
    @Query("""
            select sum(p.textMessages), sum(p.leaflets), sum(p.consultations) from Publicity p
            where p.campaignId = :campaignId""")
    List<Object[]> totals(Long campaignId);
}
