package org.rectify.enterprise;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EnterpriseCaseRepository extends JpaRepository<EnterpriseCase, Long> {

    @EntityGraph(attributePaths = "enterprise")
    Optional<EnterpriseCase> findWithEnterpriseById(Long id);

    List<EnterpriseCase> findByEnterpriseCreditCode(String creditCode);

    @Query("select c.id from EnterpriseCase c where c.processInstanceId = :processInstanceId")
    Optional<Long> findIdByProcessInstanceId(String processInstanceId);

    @Query("""
            select count(c) > 0 from EnterpriseCase c
            where c.enterprise.id = :enterpriseId and c.closedAt is null
              and (c.campaignId = :campaignId or (:campaignId is null and c.campaignId is null))""")
    boolean hasOpenCase(Long enterpriseId, Long campaignId);
}
