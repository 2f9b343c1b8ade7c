package org.rectify.inspection;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EquipmentUnitRepository extends JpaRepository<EquipmentUnit, Long> {
    Optional<EquipmentUnit> findByCreditCode(String creditCode);

    List<EquipmentUnit> findByCreditCodeIn(Collection<String> creditCodes);

    List<EquipmentUnit> findAllByOrderByIdAsc();

    @org.springframework.data.jpa.repository.Query("select u.creditCode from EquipmentUnit u")
    java.util.Set<String> allCreditCodes();
}

interface SpecialEquipmentRepository extends JpaRepository<SpecialEquipment, Long> {
    List<SpecialEquipment> findByUnitIdOrderByIdAsc(Long unitId);

    List<SpecialEquipment> findByUnitIdIn(Collection<Long> unitIds);

    List<SpecialEquipment> findByRegistrationNumberIn(Collection<String> registrationNumbers);

    long countByUnitId(Long unitId);

    @org.springframework.data.jpa.repository.Query("select e.registrationNumber from SpecialEquipment e")
    java.util.Set<String> allRegistrationNumbers();
}

interface InspectorRepository extends JpaRepository<Inspector, String> {
    List<Inspector> findByActiveTrueOrderByUserIdAsc();

    Optional<Inspector> findByCertificateNumber(String certificateNumber);
}

interface InspectionCampaignRepository extends JpaRepository<InspectionCampaign, Long> {
    List<InspectionCampaign> findAllByOrderByIdDesc();

    /** The campaign, locked until the transaction ends: draws and starts of one campaign run one after the other. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select c from InspectionCampaign c where c.id = :id")
    Optional<InspectionCampaign> findForUpdate(@org.springframework.data.repository.query.Param("id") Long id);
}

interface UnitInspectionRepository extends JpaRepository<UnitInspection, Long> {
    List<UnitInspection> findByCampaignIdOrderByDrawPositionAsc(Long campaignId);

    Optional<UnitInspection> findByProcessInstanceId(String processInstanceId);

    /** the unit's inspections of other campaigns, latest first: its previous inspectors are conflicts */
    List<UnitInspection> findByUnitIdInAndCampaignIdNotOrderByIdDesc(Collection<Long> unitIds, Long campaignId);
}

interface EquipmentCheckRepository extends JpaRepository<EquipmentCheck, Long> {
    List<EquipmentCheck> findByInspectionIdIn(Collection<Long> inspectionIds);
}

interface InspectionHazardRepository extends JpaRepository<InspectionHazard, Long> {
    List<InspectionHazard> findByInspectionIdOrderByIdAsc(Long inspectionId);

    List<InspectionHazard> findByInspectionIdIn(Collection<Long> inspectionIds);
}

interface InspectionPublicityRepository extends JpaRepository<InspectionPublicity, Long> {
    List<InspectionPublicity> findByCampaignIdOrderByRecordedOnAscIdAsc(Long campaignId);
}
