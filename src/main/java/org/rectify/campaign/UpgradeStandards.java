package org.rectify.campaign;

import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The upgrade standards campaigns apply, e.g. the city's 45 items (整治提升标准). */
@Service
@Transactional
public class UpgradeStandards {

    private final UpgradeStandardRepository standards;

    UpgradeStandards(UpgradeStandardRepository standards) {
        this.standards = standards;
    }

    public StandardView create(StandardDraft draft) {
        if (standards.existsByCode(draft.code().trim())) {
            throw new IllegalStateException("code: 标准编号已存在 an upgrade standard '" + draft.code() + "' exists");
        }
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < draft.items().size(); i++) {
            StandardItem item = draft.items().get(i);
            String field = "items[" + i + "]";
            if (item == null || item.number() < 1 || !numbers.add(item.number())) {
                throw new IllegalArgumentException(field + ".number: 条款编号须为不重复的正整数 item numbers must be"
                        + " positive and unique");
            }
            if (item.text() == null || item.text().isBlank() || item.text().length() > 1000) {
                throw new IllegalArgumentException(field + ".text: 条款内容必填且不超过1000字 the requirement is required,"
                        + " at most 1000 characters");
            }
            if (item.area() != null && item.area().length() > 100) {
                throw new IllegalArgumentException(field + ".area: at most 100 characters");
            }
        }
        return StandardView.of(standards.save(new UpgradeStandard(draft.code().trim(), draft.name(), draft.items())));
    }

    @Transactional(readOnly = true)
    public StandardView get(Long id) {
        return standards.findById(id).map(StandardView::of)
                .orElseThrow(() -> new NoSuchElementException("standardId: no upgrade standard " + id));
    }

    @Transactional(readOnly = true)
    public List<StandardView> list() {
        return standards.findAllByOrderByCode().stream().map(StandardView::of).toList();
    }

    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return standards.existsByCode(code);
    }

    @Transactional(readOnly = true)
    public StandardView byCode(String code) {
        return standards.findByCode(code).map(StandardView::of)
                .orElseThrow(() -> new NoSuchElementException("code: no upgrade standard " + code));
    }
}
