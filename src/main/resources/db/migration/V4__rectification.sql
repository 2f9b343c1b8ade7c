-- Upgrade in place (DOMAIN.md stages 4 to 8): the enterprise's choices, the register of
-- intermediaries, diagnosis reports, hazards with their whole history, rounds, evaluations
-- and acceptances. Written for both H2 and MySQL/MariaDB.

CREATE TABLE intermediary (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind                VARCHAR(20)   NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    qualification       VARCHAR(200)  NOT NULL,
    certificate_number  VARCHAR(100)  NOT NULL,
    certificate_expiry  DATE          NOT NULL,
    registered_by       VARCHAR(64)   NOT NULL,
    registered_at       TIMESTAMP     NULL,
    updated_at          TIMESTAMP     NULL,
    CONSTRAINT uk_intermediary_certificate UNIQUE (kind, certificate_number)
);

CREATE TABLE enterprise_choice (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id             BIGINT        NOT NULL,
    choice              VARCHAR(20)   NOT NULL,
    at_commitment       BOOLEAN       NOT NULL,
    design_firm_id      BIGINT,
    evaluation_firm_id  BIGINT,
    note                VARCHAR(4000),
    made_by             VARCHAR(64)   NOT NULL,
    made_at             TIMESTAMP     NULL,
    CONSTRAINT fk_choice_case FOREIGN KEY (case_id) REFERENCES enterprise_case (id),
    CONSTRAINT fk_choice_design_firm FOREIGN KEY (design_firm_id) REFERENCES intermediary (id),
    CONSTRAINT fk_choice_evaluation_firm FOREIGN KEY (evaluation_firm_id) REFERENCES intermediary (id)
);
CREATE INDEX ix_choice_case ON enterprise_choice (case_id);

-- the PDF itself lies in rectify.rectification.report-folder under storage_name
CREATE TABLE diagnosis_report (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id        BIGINT        NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    content_type   VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         VARCHAR(64)   NOT NULL,
    storage_name   VARCHAR(100)  NOT NULL,
    uploaded_by    VARCHAR(64)   NOT NULL,
    uploaded_at    TIMESTAMP     NULL,
    CONSTRAINT fk_report_case FOREIGN KEY (case_id) REFERENCES enterprise_case (id)
);
CREATE INDEX ix_report_case ON diagnosis_report (case_id);

CREATE TABLE hazard (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id          BIGINT        NOT NULL,
    design_firm_id   BIGINT,
    area             VARCHAR(30)   NOT NULL,
    severity         VARCHAR(20)   NOT NULL,
    standard_item    VARCHAR(100)  NOT NULL,
    description      VARCHAR(2000) NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    found_by         VARCHAR(64)   NOT NULL,
    found_at         TIMESTAMP     NULL,
    updated_at       TIMESTAMP     NULL,
    CONSTRAINT fk_hazard_case FOREIGN KEY (case_id) REFERENCES enterprise_case (id),
    CONSTRAINT fk_hazard_design_firm FOREIGN KEY (design_firm_id) REFERENCES intermediary (id)
);
CREATE INDEX ix_hazard_case ON hazard (case_id);
CREATE INDEX ix_hazard_area ON hazard (area);

CREATE TABLE hazard_event (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    hazard_id       BIGINT        NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    round_number    INT           NOT NULL,
    note            VARCHAR(2000),
    firm_id         BIGINT,
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_at     TIMESTAMP     NULL,
    CONSTRAINT fk_event_hazard FOREIGN KEY (hazard_id) REFERENCES hazard (id)
);
CREATE INDEX ix_event_hazard ON hazard_event (hazard_id);

CREATE TABLE rectification_plan (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id             BIGINT        NOT NULL,
    plan_text           VARCHAR(4000) NOT NULL,
    design_firm_input   VARCHAR(4000) NOT NULL,
    expert_input        VARCHAR(4000) NOT NULL,
    experts             VARCHAR(500)  NOT NULL,
    agreed_by           VARCHAR(64)   NOT NULL,
    agreed_at           TIMESTAMP     NULL,
    CONSTRAINT fk_plan_case FOREIGN KEY (case_id) REFERENCES enterprise_case (id)
);
CREATE INDEX ix_plan_case ON rectification_plan (case_id);

CREATE TABLE rectification_round (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id        BIGINT        NOT NULL,
    round_number   INT           NOT NULL,
    deadline       DATE          NOT NULL,
    opened_by      VARCHAR(64)   NOT NULL,
    opened_at      TIMESTAMP     NULL,
    CONSTRAINT fk_round_case FOREIGN KEY (case_id) REFERENCES enterprise_case (id),
    CONSTRAINT uk_round_case_number UNIQUE (case_id, round_number)
);

CREATE TABLE safety_evaluation (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id              BIGINT        NOT NULL,
    round_number         INT           NOT NULL,
    evaluation_firm_id   BIGINT,
    training_ok          BOOLEAN       NOT NULL,
    rules_ok             BOOLEAN       NOT NULL,
    testing_ok           BOOLEAN       NOT NULL,
    emergency_rescue_ok  BOOLEAN       NOT NULL,
    note                 VARCHAR(4000) NOT NULL,
    evaluated_by         VARCHAR(64)   NOT NULL,
    evaluated_at         TIMESTAMP     NULL,
    CONSTRAINT fk_evaluation_case FOREIGN KEY (case_id) REFERENCES enterprise_case (id)
);
CREATE INDEX ix_evaluation_case ON safety_evaluation (case_id);

CREATE TABLE acceptance (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id        BIGINT        NOT NULL,
    round_number   INT           NOT NULL,
    passed         BOOLEAN       NOT NULL,
    participants   VARCHAR(1000) NOT NULL,
    note           VARCHAR(4000) NOT NULL,
    decided_by     VARCHAR(64)   NOT NULL,
    decided_at     TIMESTAMP     NULL,
    CONSTRAINT fk_acceptance_case FOREIGN KEY (case_id) REFERENCES enterprise_case (id)
);
CREATE INDEX ix_acceptance_case ON acceptance (case_id);
