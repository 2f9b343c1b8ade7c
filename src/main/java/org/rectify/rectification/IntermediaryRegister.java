package org.rectify.rectification;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of design and evaluation firms, and the rule that only a qualified firm may be named. */
@Service
@Transactional
public class IntermediaryRegister {

    public record FirmDetails(Intermediary.Kind kind, String name, String qualification, String certificateNumber,
                              LocalDate certificateExpiry) {
    }

    private final IntermediaryRepository firms;
    private final EnterpriseChoiceRepository choices;
    private final FirmGroups groups;

    IntermediaryRegister(IntermediaryRepository firms, EnterpriseChoiceRepository choices, FirmGroups groups) {
        this.firms = firms;
        this.choices = choices;
        this.groups = groups;
    }

    public Intermediary register(FirmDetails details, String userId) {
        requireNewCertificate(details.kind(), details.certificateNumber(), null);
        Intermediary firm = new Intermediary(details.kind(), userId);
        firm.update(details.name(), details.qualification(), details.certificateNumber(), details.certificateExpiry());
        firm = firms.saveAndFlush(firm);
        groups.ensure(firm);
        return firm;
    }

    /** A renewed certificate or a corrected name; the kind of firm never changes. */
    public Intermediary update(Long id, FirmDetails details) {
        Intermediary firm = find(id);
        if (details.kind() != null && details.kind() != firm.getKind()) {
            throw new IllegalArgumentException("kind: a " + firm.getKind().displayName() + " stays one");
        }
        requireNewCertificate(firm.getKind(), details.certificateNumber(), id);
        firm.update(details.name(), details.qualification(), details.certificateNumber(), details.certificateExpiry());
        groups.ensure(firm);
        return firm;
    }

    /** A certificate number names one firm of a kind; the database's unique key stands behind this check. */
    private void requireNewCertificate(Intermediary.Kind kind, String certificateNumber, Long except) {
        firms.findByKindAndCertificateNumber(kind, certificateNumber)
                .filter(other -> !other.getId().equals(except))
                .ifPresent(other -> {
                    throw new DuplicateCertificateException("certificateNumber: 证书编号已登记 certificate "
                            + certificateNumber + " is already registered for " + other.getName()
                            + " (#" + other.getId() + ")");
                });
    }

    /** Answered 409: the register holds this certificate already. */
    public static class DuplicateCertificateException extends IllegalStateException {
        DuplicateCertificateException(String message) {
            super(message);
        }
    }

    public void delete(Long id) {
        Intermediary firm = find(id);
        boolean named = choices.findAll().stream().anyMatch(c -> id.equals(c.getDesignFirmId())
                || id.equals(c.getEvaluationFirmId()));
        if (named) {
            throw new IllegalStateException("intermediary " + id + " (" + firm.getName()
                    + ") has been named by an enterprise and stays on record");
        }
        firms.delete(firm);
    }

    @Transactional(readOnly = true)
    public Intermediary find(Long id) {
        return firms.findById(id).orElseThrow(() -> new NoSuchElementException("intermediary: no firm " + id));
    }

    @Transactional(readOnly = true)
    public List<Intermediary> all() {
        return firms.findAllByOrderByKindAscNameAsc();
    }

    @Transactional(readOnly = true)
    public List<Intermediary> ofKind(Intermediary.Kind kind) {
        return firms.findByKindOrderByNameAsc(kind);
    }

    /** The firm an enterprise names in a form field, if it is of the right kind and still qualified today. */
    @Transactional(readOnly = true)
    public Intermediary requireQualified(String field, Long id, Intermediary.Kind kind) {
        if (id == null) {
            throw new IllegalArgumentException(field + ": name the " + kind.displayName() + " you hired (its number in the register)");
        }
        Intermediary firm = firms.findById(id).orElseThrow(() ->
                new IllegalArgumentException(field + ": no firm " + id + " in the register"));
        if (firm.getKind() != kind) {
            throw new IllegalArgumentException(field + ": firm " + id + " (" + firm.getName() + ") is a "
                    + firm.getKind().displayName() + ", not a " + kind.displayName());
        }
        if (!firm.qualifiedOn(LocalDate.now())) {
            throw new IllegalArgumentException(field + ": 资质已过期 the qualification of " + firm.getName()
                    + " (certificate " + firm.getCertificateNumber() + ") expired on " + firm.getCertificateExpiry()
                    + "; it cannot be named");
        }
        return firm;
    }
}
