-- Campaigns: scope, time frame, targets and the upgrade standard applied; their rosters,
-- meetings and publicity. Written for both H2 and MySQL/MariaDB.

CREATE TABLE upgrade_standard (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(50)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP     NULL,
    CONSTRAINT uk_standard_code UNIQUE (code)
);

CREATE TABLE upgrade_standard_item (
    standard_id  BIGINT         NOT NULL,
    item_number  INT            NOT NULL,
    area         VARCHAR(100),
    requirement  VARCHAR(1000)  NOT NULL,
    CONSTRAINT pk_standard_item PRIMARY KEY (standard_id, item_number),
    CONSTRAINT fk_item_standard FOREIGN KEY (standard_id) REFERENCES upgrade_standard (id)
);

CREATE TABLE campaign (
    id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                       VARCHAR(200)  NOT NULL,
    area_level                 VARCHAR(20)   NOT NULL,
    area_name                  VARCHAR(100)  NOT NULL,
    start_date                 DATE          NOT NULL,
    end_date                   DATE          NOT NULL,
    leading_group              VARCHAR(200),
    standard_id                BIGINT,
    closure_target             INT,
    relocation_target          INT,
    created_by                 VARCHAR(64)   NOT NULL,
    created_at                 TIMESTAMP     NULL,
    start_requested_by         VARCHAR(64),
    start_requested_at         TIMESTAMP     NULL,
    start_process_instance_id  VARCHAR(64),
    CONSTRAINT fk_campaign_standard FOREIGN KEY (standard_id) REFERENCES upgrade_standard (id)
);

CREATE TABLE campaign_year_target (
    campaign_id  BIGINT  NOT NULL,
    year_number  INT     NOT NULL,
    closures     INT,
    relocations  INT,
    CONSTRAINT pk_year_target PRIMARY KEY (campaign_id, year_number),
    CONSTRAINT fk_year_target_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);

CREATE TABLE campaign_roster_entry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id    BIGINT       NOT NULL,
    enterprise_id  BIGINT       NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    start_batch    INT,
    case_id        BIGINT,
    added_by       VARCHAR(64)  NOT NULL,
    added_at       TIMESTAMP    NULL,
    started_at     TIMESTAMP    NULL,
    CONSTRAINT uk_roster_campaign_enterprise UNIQUE (campaign_id, enterprise_id),
    CONSTRAINT fk_roster_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_roster_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT fk_roster_case FOREIGN KEY (case_id) REFERENCES enterprise_case (id)
);
CREATE INDEX ix_roster_campaign_status ON campaign_roster_entry (campaign_id, status, start_batch);

CREATE TABLE campaign_meeting (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id     BIGINT         NOT NULL,
    held_on         DATE           NOT NULL,
    kind            VARCHAR(30)    NOT NULL,
    title           VARCHAR(200)   NOT NULL,
    attendees       VARCHAR(2000),
    attendee_count  INT,
    note            VARCHAR(4000),
    recorded_by     VARCHAR(64)    NOT NULL,
    recorded_at     TIMESTAMP      NULL,
    CONSTRAINT fk_meeting_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
CREATE INDEX ix_meeting_campaign ON campaign_meeting (campaign_id, held_on);

-- enterprises that signed the commitment letter (承诺书) at a meeting
CREATE TABLE campaign_meeting_commitment (
    meeting_id     BIGINT  NOT NULL,
    enterprise_id  BIGINT  NOT NULL,
    CONSTRAINT pk_meeting_commitment PRIMARY KEY (meeting_id, enterprise_id),
    CONSTRAINT fk_commitment_meeting FOREIGN KEY (meeting_id) REFERENCES campaign_meeting (id),
    CONSTRAINT fk_commitment_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
);

CREATE TABLE campaign_publicity (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id     BIGINT         NOT NULL,
    recorded_on     DATE           NOT NULL,
    text_messages   INT            NOT NULL DEFAULT 0,
    leaflets        INT            NOT NULL DEFAULT 0,
    consultations   INT            NOT NULL DEFAULT 0,
    note            VARCHAR(2000),
    recorded_by     VARCHAR(64)    NOT NULL,
    recorded_at     TIMESTAMP      NULL,
    CONSTRAINT fk_publicity_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
CREATE INDEX ix_publicity_campaign ON campaign_publicity (campaign_id);

-- Progress counts a campaign's cases by stage, by disposition and by outcome: each breakdown
-- stays inside one index, so it remains fast with 100,000 cases.
CREATE INDEX ix_case_campaign_stage ON enterprise_case (campaign_id, stage);
CREATE INDEX ix_case_campaign_disposition ON enterprise_case (campaign_id, disposition, deadline);
CREATE INDEX ix_case_campaign_outcome ON enterprise_case (campaign_id, outcome, closed_at);
