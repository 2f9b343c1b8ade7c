package org.rectify.deadline;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByCaseIdOrderByIdAsc(Long caseId);

    List<Notification> findTop200ByRecipientGroupInOrRecipientUserOrderByIdDesc(Collection<String> groups, String userId);

    Optional<Notification> findFirstByKindAndTaskId(Notification.Kind kind, String taskId);

    boolean existsByKindAndTaskId(Notification.Kind kind, String taskId);
}
