package org.rectify.enterprise;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface EnterpriseCaseRepository extends JpaRepository<EnterpriseCase, Long> {

    @EntityGraph(attributePaths = "enterprise")
    Optional<EnterpriseCase> findWithEnterpriseById(Long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from EnterpriseCase c where c.id = :id")
    Optional<EnterpriseCase> findForUpdate(Long id);

    /** Case ids matching every given criterion (null: any), newest first; the patterns are LIKE patterns with '!' as escape. */
    @Query("""
            select c.id from EnterpriseCase c join c.enterprise e
            where (:codePattern is null or e.creditCode like :codePattern escape '!')
              and (:namePattern is null or e.name like :namePattern escape '!')
              and (:campaignId is null or c.campaignId = :campaignId)
              and (:stage is null or c.stage = :stage)
              and (:disposition is null or c.disposition = :disposition)
              and (:agency is null or c.supervisingAgency = :agency)
            order by c.id desc""")
    List<Long> search(String codePattern, String namePattern, Long campaignId, CaseStage stage, Disposition disposition,
                      String agency);

    @EntityGraph(attributePaths = "enterprise")
    List<EnterpriseCase> findWithEnterpriseByIdIn(java.util.Collection<Long> ids);

    List<EnterpriseCase> findByEnterpriseCreditCode(String creditCode);

    @Query("select c.id from EnterpriseCase c where c.processInstanceId = :processInstanceId")
    Optional<Long> findIdByProcessInstanceId(String processInstanceId);

    @Query("""
            select count(c) > 0 from EnterpriseCase c
            where c.enterprise.id = :enterpriseId and c.closedAt is null
              and (c.campaignId = :campaignId or (:campaignId is null and c.campaignId is null))""")
    boolean hasOpenCase(Long enterpriseId, Long campaignId);
}
