package org.rectify.rectification;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With demo data, a fresh start has two design firms and two evaluation firms in the register,
 * each with one demo user ({@code design-firm1} works for the first design firm, and so on), so
 * that the upgrade path can be walked at once. A register that has firms is left as it is.
 */
@Component
@ConditionalOnProperty(name = "rectify.demo-data", havingValue = "true")
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DemoFirms implements ApplicationRunner {

    record DemoFirm(Intermediary.Kind kind, String name, String qualification, String certificate, String user) {
    }

    static final List<DemoFirm> FIRMS = List.of(
            new DemoFirm(Intermediary.Kind.DESIGN_FIRM, "苏化工程设计院（演示） Suhua engineering design institute (demo)",
                    "化工石化医药行业乙级 Chemical design, class B", "A132000001", "design-firm1"),
            new DemoFirm(Intermediary.Kind.DESIGN_FIRM, "江南化工设计有限公司（演示） Jiangnan chemical design (demo)",
                    "化工石化医药行业乙级 Chemical design, class B", "A132000002", "design-firm2"),
            new DemoFirm(Intermediary.Kind.EVALUATION_FIRM, "苏安安全评价有限公司（演示） Su'an safety evaluation (demo)",
                    "安全评价机构乙级 Safety evaluation, class B", "APJ-(苏)-001", "evaluation-firm1"),
            new DemoFirm(Intermediary.Kind.EVALUATION_FIRM, "华东安全技术咨询（演示） Huadong safety consulting (demo)",
                    "安全评价机构乙级 Safety evaluation, class B", "APJ-(苏)-002", "evaluation-firm2"));

    private static final Logger log = LoggerFactory.getLogger(DemoFirms.class);

    private final IntermediaryRegister register;
    private final FirmGroups groups;

    DemoFirms(IntermediaryRegister register, FirmGroups groups) {
        this.register = register;
        this.groups = groups;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!register.all().isEmpty()) {
            return;
        }
        for (DemoFirm demo : FIRMS) {
            Intermediary firm = register.register(new IntermediaryRegister.FirmDetails(demo.kind(), demo.name(),
                    demo.qualification(), demo.certificate(), LocalDate.now().plusYears(3)), "system");
            groups.link(firm.getId(), demo.user());
        }
        log.info("Demo data: {} firms registered, each with its demo user", FIRMS.size());
    }
}
