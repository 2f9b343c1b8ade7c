package org.rectify.campaign;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    @EntityGraph(attributePaths = "commitments")
    List<Meeting> findByCampaignIdOrderByHeldOnAscIdAsc(Long campaignId);

    @Query("select m.kind, count(m) from Meeting m where m.campaignId = :campaignId group by m.kind")
    List<Object[]> countByKind(Long campaignId);

    /** Enterprises that signed a commitment letter at any of the campaign's meetings, each once. */
    @Query("select count(distinct c) from Meeting m join m.commitments c where m.campaignId = :campaignId")
    long countCommitments(Long campaignId);
}
