package org.rectify.enterprise;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the enterprise records in line with a ledger without opening cases: a roster import
 * creates the enterprises it does not know and updates those whose facts changed.
 */
@Service
@Transactional
public class EnterpriseRegister {

    public enum Change { CREATED, UPDATED, UNCHANGED }

    public record Registered(Enterprise enterprise, Change change) {
    }

    private static final int LOOKUP_CHUNK = 500;

    private final EnterpriseRepository enterprises;
    private final EntityManager entityManager;

    EnterpriseRegister(EnterpriseRepository enterprises, EntityManager entityManager) {
        this.enterprises = enterprises;
        this.entityManager = entityManager;
    }

    public Registered register(EnterpriseDetails details) {
        String code = UnifiedSocialCreditCode.normalize(details.creditCode());
        return register(details, code, enterprises.findByCreditCode(code).orElse(null));
    }

    /** A whole ledger: the known enterprises are looked up a chunk at a time, not row by row. */
    public List<Registered> registerAll(List<EnterpriseDetails> ledger) {
        Map<String, Enterprise> known = new HashMap<>();
        List<String> codes = ledger.stream().map(d -> UnifiedSocialCreditCode.normalize(d.creditCode())).toList();
        for (int from = 0; from < codes.size(); from += LOOKUP_CHUNK) {
            entityManager.createQuery("select e from Enterprise e where e.creditCode in :codes", Enterprise.class)
                    .setParameter("codes", codes.subList(from, Math.min(from + LOOKUP_CHUNK, codes.size())))
                    .getResultList()
                    .forEach(e -> known.put(e.getCreditCode(), e));
        }
        List<Registered> registered = new ArrayList<>(ledger.size());
        for (int i = 0; i < ledger.size(); i++) {
            Registered one = register(ledger.get(i), codes.get(i), known.get(codes.get(i)));
            known.put(codes.get(i), one.enterprise());
            registered.add(one);
        }
        return registered;
    }

    private Registered register(EnterpriseDetails details, String code, Enterprise existing) {
        if (existing == null) {
            Enterprise created = new Enterprise(code, details.name(), details.businessType());
            details.applyTo(created);
            return new Registered(enterprises.save(created), Change.CREATED);
        }
        if (comparable(detailsOf(existing)).equals(comparable(details))) {
            return new Registered(existing, Change.UNCHANGED);
        }
        details.applyTo(existing);
        return new Registered(existing, Change.UPDATED);
    }

    /** The facts of a stored enterprise, e.g. to open its case from a roster. */
    public static EnterpriseDetails detailsOf(Enterprise e) {
        return new EnterpriseDetails(e.getCreditCode(), e.getName(), e.getTownship(), e.getVillage(), e.getAddress(),
                e.getLegalRepresentative(), e.getContactPhone(), e.getIndustryCategory(), e.getProducts(),
                e.getRevenueBand(), e.isAboveScale(), e.getEmployees(), e.getSiteAreaMu(), e.getBusinessType(),
                e.getEiaApprovalDate(), e.getSafetyApprovalDate(), e.getAnnualSales());
    }

    /** 6.5 and 6.50 mu are the same site; the database keeps two decimals whatever was sent. */
    private static EnterpriseDetails comparable(EnterpriseDetails d) {
        BigDecimal area = d.siteAreaMu() == null ? null : d.siteAreaMu().stripTrailingZeros();
        return new EnterpriseDetails(UnifiedSocialCreditCode.normalize(d.creditCode()), d.name(), d.township(),
                d.village(), d.address(), d.legalRepresentative(), d.contactPhone(), d.industryCategory(),
                d.products(), d.revenueBand(), d.aboveScale(), d.employees(), area, d.businessType(),
                d.eiaApprovalDate(), d.safetyApprovalDate(),
                d.annualSales() == null ? null : d.annualSales().stripTrailingZeros());
    }
}
