package org.rectify.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.rectify.enterprise.BusinessType;
import org.rectify.enterprise.EnterpriseDetails;
import org.rectify.enterprise.RevenueBand;
import org.rectify.enterprise.UnifiedSocialCreditCode;

/** Enterprises for tests, each with its own valid credit code. */
public final class Enterprises {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private Enterprises() {
    }

    /** A valid code: legal-person registration (91), a division code, a serial, its check character. */
    public static String newCreditCode() {
        String first17 = "91320583" + String.format("MA%07d", SEQUENCE.incrementAndGet() % 10_000_000);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    /** A flocking-glue producer like those the city report lists. */
    public static EnterpriseDetails glueFactory() {
        return new EnterpriseDetails(newCreditCode(), "永丰植绒胶厂 Yongfeng flocking glue works", "新桥镇", "东村",
                "东村工业路8号", "王建国", "0512-5555 0101", "化学原料和化学制品制造业", "植绒胶",
                RevenueBand.FROM_2M_TO_5M, false, 23, new BigDecimal("6.50"), BusinessType.PRODUCER,
                LocalDate.of(1998, 5, 12), LocalDate.of(2009, 3, 1), new BigDecimal("380"));
    }
}
