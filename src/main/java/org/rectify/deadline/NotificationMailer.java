package org.rectify.deadline;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.rectify.identity.Agency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends a reminder or escalation by e-mail to every user of the recipient group (and the
 * assignee), once the transaction that recorded it has committed. Off unless
 * {@code rectify.mail.enabled}; the in-app notification exists either way.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final IdentityService identityService;
    private final boolean enabled;
    private final String from;

    NotificationMailer(ObjectProvider<JavaMailSender> sender, IdentityService identityService,
                       @Value("${rectify.mail.enabled:false}") boolean enabled,
                       @Value("${rectify.mail.from:rectify@localhost}") String from) {
        this.sender = sender;
        this.identityService = identityService;
        this.enabled = enabled;
        this.from = from;
    }

    void send(Notification notification) {
        JavaMailSender mail = sender.getIfAvailable();
        if (!enabled || mail == null) {
            return;
        }
        Set<String> recipients = recipients(notification);
        if (recipients.isEmpty()) {
            log.warn("No e-mail address for group {}: notification {} stays in-app only",
                    notification.getRecipientGroup(), notification.getId());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(recipients.toArray(String[]::new));
        message.setSubject((notification.getKind() == Notification.Kind.REMINDER ? "【提醒 Reminder】" : "【督办 Escalation】")
                + " " + notification.getMessage().lines().findFirst().orElse(""));
        message.setText(notification.getMessage());
        Runnable deliver = () -> {
            try {
                mail.send(message);
            } catch (MailException e) {
                log.warn("E-mail for notification {} to {} failed: {}", notification.getId(), recipients, e.getMessage());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver.run();
                }
            });
        } else {
            deliver.run();
        }
    }

    private Set<String> recipients(Notification notification) {
        Set<String> addresses = new LinkedHashSet<>();
        // an enterprise's reminder is for its own user, not for every enterprise
        boolean groupWide = !(Agency.ENTERPRISE.groupId().equals(notification.getRecipientGroup())
                && notification.getRecipientUser() != null);
        identityService.createUserQuery().memberOfGroup(notification.getRecipientGroup()).list().stream()
                .filter(u -> groupWide).map(User::getEmail).filter(e -> e != null && !e.isBlank())
                .forEach(addresses::add);
        if (notification.getRecipientUser() != null) {
            User user = identityService.createUserQuery().userId(notification.getRecipientUser()).singleResult();
            if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
                addresses.add(user.getEmail());
            }
        }
        return addresses;
    }
}
