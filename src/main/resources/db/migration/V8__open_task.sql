-- The open user tasks of the cases with their due dates and the agencies they wait for, kept from
-- the engine's task events (deadline/OpenTasks), so that overdue work is counted per campaign and
-- agency with one GROUP BY instead of a walk over the engine's tasks. Written for both H2 and
-- MySQL/MariaDB.

CREATE TABLE open_task (
    task_id      VARCHAR(64)   NOT NULL PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    activity_id  VARCHAR(255)  NOT NULL,
    due_at       TIMESTAMP     NULL,
    created_at   TIMESTAMP     NULL
);
CREATE INDEX ix_open_task_case ON open_task (case_id);
CREATE INDEX ix_open_task_due ON open_task (due_at);

-- a candidate group, or "enterprise" for the enterprise's own account
CREATE TABLE open_task_agency (
    task_id  VARCHAR(64)  NOT NULL,
    agency   VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_open_task_agency PRIMARY KEY (task_id, agency),
    CONSTRAINT fk_open_task_agency_task FOREIGN KEY (task_id) REFERENCES open_task (task_id) ON DELETE CASCADE
);
CREATE INDEX ix_open_task_agency ON open_task_agency (agency);
