package org.rectify.campaign;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    @EntityGraph(attributePaths = "commitments")
    List<Meeting> findByCampaignIdOrderByHeldOnAscIdAsc(Long campaignId);

    /** (held on, MeetingKind) in date order, without attendees or signatories */
    @Query("select m.heldOn, m.kind from Meeting m where m.campaignId = :campaignId order by m.heldOn, m.id")
    List<Object[]> datesAndKinds(Long campaignId);

    @Query("select m.kind, count(m) from Meeting m where m.campaignId = :campaignId group by m.kind")
    List<Object[]> countByKind(Long campaignId);

    /**
     * Enterprises that signed the commitment letter (承诺书), each once: at one of the campaign's
     * meetings, or in their case's commitment task (the enterprise_choice made at commitment).
     */
    @Query(nativeQuery = true, value = """
            SELECT COUNT(*) FROM (
              SELECT mc.enterprise_id FROM campaign_meeting m
                JOIN campaign_meeting_commitment mc ON mc.meeting_id = m.id
                WHERE m.campaign_id = :campaignId
              UNION
              SELECT c.enterprise_id FROM enterprise_case c
                JOIN enterprise_choice ch ON ch.case_id = c.id
                WHERE c.campaign_id = :campaignId AND ch.at_commitment = TRUE
            ) signed""")
    long countCommitments(Long campaignId);
}
