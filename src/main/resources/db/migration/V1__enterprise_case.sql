-- Enterprises and the first half of their cases: survey, joint review, decisions.
-- Written for both H2 and MySQL/MariaDB.

CREATE TABLE enterprise (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    credit_code           VARCHAR(18)   NOT NULL,
    name                  VARCHAR(200)  NOT NULL,
    township              VARCHAR(100),
    village               VARCHAR(100),
    address               VARCHAR(300),
    legal_representative  VARCHAR(100),
    contact_phone         VARCHAR(50),
    industry_category     VARCHAR(100),
    products              VARCHAR(500),
    revenue_band          VARCHAR(30),
    above_scale           BOOLEAN       NOT NULL DEFAULT FALSE,
    employees             INT,
    site_area_mu          DECIMAL(10, 2),
    business_type         VARCHAR(20)   NOT NULL,
    eia_approval_date     DATE,
    safety_approval_date  DATE,
    created_at            TIMESTAMP     NULL,
    updated_at            TIMESTAMP     NULL,
    CONSTRAINT uk_enterprise_credit_code UNIQUE (credit_code)
);

CREATE TABLE enterprise_case (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    enterprise_id          BIGINT        NOT NULL,
    campaign_id            BIGINT,
    process_instance_id    VARCHAR(64),
    stage                  VARCHAR(30)   NOT NULL,
    suggested_disposition  VARCHAR(30),
    disposition            VARCHAR(30),
    supervising_agency     VARCHAR(64),
    deadline               DATE,
    outcome                VARCHAR(30),
    production_running     BOOLEAN,
    approvals_present      BOOLEAN,
    surveyed_by            VARCHAR(64),
    surveyed_at            TIMESTAMP     NULL,
    added_at_verification  BOOLEAN       NOT NULL DEFAULT FALSE,
    opened_at              TIMESTAMP     NULL,
    updated_at             TIMESTAMP     NULL,
    closed_at              TIMESTAMP     NULL,
    CONSTRAINT fk_case_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
);
CREATE INDEX ix_case_campaign ON enterprise_case (campaign_id);
CREATE INDEX ix_case_process_instance ON enterprise_case (process_instance_id);

CREATE TABLE survey_finding (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    dimension   VARCHAR(40)   NOT NULL,
    compliant   BOOLEAN       NOT NULL,
    note        VARCHAR(2000),
    CONSTRAINT fk_finding_case FOREIGN KEY (case_id) REFERENCES enterprise_case (id),
    CONSTRAINT uk_finding_case_dimension UNIQUE (case_id, dimension)
);

CREATE TABLE agency_opinion (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id                BIGINT        NOT NULL,
    agency                 VARCHAR(64)   NOT NULL,
    proposed_disposition   VARCHAR(30)   NOT NULL,
    opinion_text           VARCHAR(4000) NOT NULL,
    given_by               VARCHAR(64)   NOT NULL,
    given_at               TIMESTAMP     NULL,
    CONSTRAINT fk_opinion_case FOREIGN KEY (case_id) REFERENCES enterprise_case (id)
);
CREATE INDEX ix_opinion_case ON agency_opinion (case_id);

CREATE TABLE decision (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id              BIGINT        NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    disposition          VARCHAR(30)   NOT NULL,
    deadline             DATE,
    supervising_agency   VARCHAR(64),
    reasoning            VARCHAR(4000) NOT NULL,
    decided_by           VARCHAR(64)   NOT NULL,
    decided_at           TIMESTAMP     NULL,
    amends_id            BIGINT,
    confirmed_by         VARCHAR(64),
    confirmed_at         TIMESTAMP     NULL,
    confirmation_note    VARCHAR(4000),
    CONSTRAINT fk_decision_case FOREIGN KEY (case_id) REFERENCES enterprise_case (id),
    CONSTRAINT fk_decision_amends FOREIGN KEY (amends_id) REFERENCES decision (id)
);
CREATE INDEX ix_decision_case ON decision (case_id);
