-- Deadline extensions granted by the district office: the audit trail of moved due dates.
CREATE TABLE deadline_extension (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id              BIGINT,
    task_id              VARCHAR(64)   NOT NULL,
    execution_id         VARCHAR(64)   NOT NULL,
    activity_id          VARCHAR(100)  NOT NULL,
    task_name            VARCHAR(255),
    old_due              TIMESTAMP     NULL,
    new_due              TIMESTAMP     NULL,
    reason               VARCHAR(2000) NOT NULL,
    extended_by          VARCHAR(64)   NOT NULL,
    extended_at          TIMESTAMP     NULL
);
CREATE INDEX ix_extension_execution ON deadline_extension (execution_id, activity_id);
CREATE INDEX ix_extension_case ON deadline_extension (case_id);
