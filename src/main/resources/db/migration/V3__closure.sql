-- The case's end: closure notices and checks, eliminated units, licence actions,
-- relocation, land, and the reminders and escalations of every deadline.

ALTER TABLE enterprise_case ADD COLUMN land_reclaimed_mu DECIMAL(10, 2);
ALTER TABLE enterprise_case ADD COLUMN structures_demolished_m2 DECIMAL(12, 2);
ALTER TABLE enterprise_case ADD COLUMN land_new_use VARCHAR(300);

CREATE TABLE closure_notice (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id             BIGINT        NOT NULL,
    closure_kind        VARCHAR(30)   NOT NULL,
    stop_production_by  DATE          NOT NULL,
    notice_text         VARCHAR(4000) NOT NULL,
    issued_by           VARCHAR(64)   NOT NULL,
    issued_at           TIMESTAMP     NULL,
    CONSTRAINT fk_notice_case FOREIGN KEY (case_id) REFERENCES enterprise_case (id)
);
CREATE INDEX ix_notice_case ON closure_notice (case_id);

CREATE TABLE closure_check (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id               BIGINT        NOT NULL,
    round_number          INT           NOT NULL,
    production_stopped    BOOLEAN       NOT NULL,
    materials_disposed    BOOLEAN       NOT NULL,
    equipment_dismantled  BOOLEAN       NOT NULL,
    utilities_cut         BOOLEAN       NOT NULL,
    disposal_method       VARCHAR(300),
    disposal_quantity     VARCHAR(100),
    disposal_recipient    VARCHAR(200),
    complete              BOOLEAN       NOT NULL,
    recheck_date          DATE,
    note                  VARCHAR(4000) NOT NULL,
    checked_by            VARCHAR(64)   NOT NULL,
    checked_at            TIMESTAMP     NULL,
    CONSTRAINT fk_check_case FOREIGN KEY (case_id) REFERENCES enterprise_case (id)
);
CREATE INDEX ix_check_case ON closure_check (case_id);

CREATE TABLE eliminated_unit (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    unit_type    VARCHAR(100)  NOT NULL,
    unit_count   INT           NOT NULL,
    recorded_by  VARCHAR(64)   NOT NULL,
    recorded_at  TIMESTAMP     NULL,
    CONSTRAINT fk_unit_case FOREIGN KEY (case_id) REFERENCES enterprise_case (id)
);
CREATE INDEX ix_unit_case ON eliminated_unit (case_id);

CREATE TABLE licence_action (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id           BIGINT        NOT NULL,
    action            VARCHAR(20)   NOT NULL,
    licence_number    VARCHAR(50)   NOT NULL,
    action_date       DATE          NOT NULL,
    safety_licence    VARCHAR(10)   NOT NULL,
    discharge_permit  VARCHAR(10)   NOT NULL,
    note              VARCHAR(2000),
    recorded_by       VARCHAR(64)   NOT NULL,
    recorded_at       TIMESTAMP     NULL,
    CONSTRAINT fk_licence_case FOREIGN KEY (case_id) REFERENCES enterprise_case (id)
);
CREATE INDEX ix_licence_case ON licence_action (case_id);

CREATE TABLE relocation_plan (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id                  BIGINT        NOT NULL,
    target_park              VARCHAR(200)  NOT NULL,
    planned_move_date        DATE          NOT NULL,
    planned_completion_date  DATE          NOT NULL,
    plan_text                VARCHAR(4000) NOT NULL,
    planned_by               VARCHAR(64)   NOT NULL,
    planned_at               TIMESTAMP     NULL,
    site_accepted            BOOLEAN,
    acceptance_note          VARCHAR(4000),
    accepted_by              VARCHAR(64),
    accepted_at              TIMESTAMP     NULL,
    CONSTRAINT fk_relocation_case FOREIGN KEY (case_id) REFERENCES enterprise_case (id)
);
CREATE INDEX ix_relocation_case ON relocation_plan (case_id);

CREATE TABLE notification (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind             VARCHAR(20)   NOT NULL,
    recipient_group  VARCHAR(64)   NOT NULL,
    recipient_user   VARCHAR(64),
    case_id          BIGINT,
    activity_id      VARCHAR(100)  NOT NULL,
    task_id          VARCHAR(64),
    due_at           TIMESTAMP     NULL,
    message          VARCHAR(2000) NOT NULL,
    created_at       TIMESTAMP     NULL,
    handled_by       VARCHAR(64),
    handled_at       TIMESTAMP     NULL,
    handling_note    VARCHAR(4000)
);
CREATE INDEX ix_notification_group ON notification (recipient_group, created_at);
CREATE INDEX ix_notification_case ON notification (case_id);
