-- The county's special-equipment inspections (双随机、一公开): the registers of user units, their
-- equipment and the inspectors; inspection campaigns with their recorded random draw; one
-- inspection per drawn unit with its checklist, hazards and publicity. Written for both H2 and
-- MySQL/MariaDB.

CREATE TABLE equipment_unit (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(200)  NOT NULL,
    credit_code  VARCHAR(18)   NOT NULL,
    place_kind   VARCHAR(30)   NOT NULL,
    risk         VARCHAR(10)   NOT NULL,
    address      VARCHAR(300)  NOT NULL,
    township     VARCHAR(100)  NOT NULL,
    contact_name VARCHAR(100),
    contact_phone VARCHAR(30),
    created_at   TIMESTAMP     NULL,
    CONSTRAINT uq_equipment_unit_code UNIQUE (credit_code)
);
CREATE INDEX ix_equipment_unit_township ON equipment_unit (township);

CREATE TABLE special_equipment (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id             BIGINT        NOT NULL,
    kind                VARCHAR(30)   NOT NULL,
    category            VARCHAR(100)  NOT NULL,
    registration_number VARCHAR(40)   NOT NULL,
    last_inspected_on   DATE          NULL,
    next_inspection_due DATE          NOT NULL,
    maintenance_unit    VARCHAR(200),
    CONSTRAINT uq_special_equipment_registration UNIQUE (registration_number),
    CONSTRAINT fk_special_equipment_unit FOREIGN KEY (unit_id) REFERENCES equipment_unit (id)
);
CREATE INDEX ix_special_equipment_unit ON special_equipment (unit_id);

-- a market-regulation user who may be drawn to inspect
CREATE TABLE equipment_inspector (
    user_id            VARCHAR(64)   NOT NULL PRIMARY KEY,
    certificate_number VARCHAR(40)   NOT NULL,
    township           VARCHAR(100)  NOT NULL,
    active             BOOLEAN       NOT NULL,
    CONSTRAINT uq_equipment_inspector_certificate UNIQUE (certificate_number)
);

CREATE TABLE inspection_campaign (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                    VARCHAR(200)  NOT NULL,
    area_name               VARCHAR(100)  NOT NULL,
    scope                   VARCHAR(2000),
    start_date              DATE          NOT NULL,
    end_date                DATE          NOT NULL,
    target_units            INT           NOT NULL,
    place_kinds             VARCHAR(400),
    risks                   VARCHAR(100),
    townships               VARCHAR(2000),
    exclude_same_township   BOOLEAN       NOT NULL,
    rectification_days      INT           NOT NULL,
    draw_seed               BIGINT        NULL,
    drawn_by                VARCHAR(64),
    drawn_at                TIMESTAMP     NULL,
    publication_state       VARCHAR(20)   NOT NULL,
    publication_requested_by VARCHAR(64),
    publication_approved_by VARCHAR(64),
    publication_approved_at TIMESTAMP     NULL,
    created_by              VARCHAR(64)   NOT NULL,
    created_at              TIMESTAMP     NULL,
    version                 BIGINT        NOT NULL
);

-- the frame of a campaign's draw as it was drawn: the eligible units (with what ruled inspectors out)
-- and the inspectors; with the recorded seed anyone re-runs the draw and gets the same result
CREATE TABLE inspection_draw_unit (
    campaign_id          BIGINT        NOT NULL,
    unit_id              BIGINT        NOT NULL,
    township             VARCHAR(100)  NOT NULL,
    previous_inspectors  VARCHAR(1000),
    CONSTRAINT pk_inspection_draw_unit PRIMARY KEY (campaign_id, unit_id),
    CONSTRAINT fk_inspection_draw_unit_campaign FOREIGN KEY (campaign_id) REFERENCES inspection_campaign (id)
);
CREATE TABLE inspection_draw_inspector (
    campaign_id  BIGINT        NOT NULL,
    user_id      VARCHAR(64)   NOT NULL,
    township     VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_inspection_draw_inspector PRIMARY KEY (campaign_id, user_id),
    CONSTRAINT fk_inspection_draw_inspector_campaign FOREIGN KEY (campaign_id) REFERENCES inspection_campaign (id)
);

-- one drawn unit of a campaign with its two drawn inspectors, and what the inspection found
CREATE TABLE unit_inspection (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id         BIGINT        NOT NULL,
    unit_id             BIGINT        NOT NULL,
    draw_position       INT           NOT NULL,
    inspector_one       VARCHAR(64)   NOT NULL,
    inspector_two       VARCHAR(64)   NOT NULL,
    process_instance_id VARCHAR(64),
    state               VARCHAR(20)   NOT NULL,
    inspected_on        DATE          NULL,
    inspected_by        VARCHAR(64),
    rules_in_place      BOOLEAN,
    operators_certified BOOLEAN,
    maintenance_done    BOOLEAN,
    emergency_plan_drilled BOOLEAN,
    staff_visits        INT           NOT NULL,
    vehicle_trips       INT           NOT NULL,
    rectification_due   DATE          NULL,
    note                VARCHAR(2000),
    finished_on         DATE          NULL,
    CONSTRAINT uq_unit_inspection UNIQUE (campaign_id, unit_id),
    CONSTRAINT fk_unit_inspection_campaign FOREIGN KEY (campaign_id) REFERENCES inspection_campaign (id),
    CONSTRAINT fk_unit_inspection_unit FOREIGN KEY (unit_id) REFERENCES equipment_unit (id)
);
CREATE INDEX ix_unit_inspection_unit ON unit_inspection (unit_id);

-- the checklist of one piece of equipment at one inspection
CREATE TABLE equipment_check (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    inspection_id       BIGINT        NOT NULL,
    equipment_id        BIGINT        NOT NULL,
    result              VARCHAR(20)   NOT NULL,
    inspection_overdue  BOOLEAN       NOT NULL,
    CONSTRAINT uq_equipment_check UNIQUE (inspection_id, equipment_id),
    CONSTRAINT fk_equipment_check_inspection FOREIGN KEY (inspection_id) REFERENCES unit_inspection (id),
    CONSTRAINT fk_equipment_check_equipment FOREIGN KEY (equipment_id) REFERENCES special_equipment (id)
);

CREATE TABLE inspection_hazard (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    inspection_id   BIGINT        NOT NULL,
    equipment_id    BIGINT        NULL,
    description     VARCHAR(2000) NOT NULL,
    handling        VARCHAR(20)   NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    evidence        VARCHAR(2000),
    found_on        DATE          NOT NULL,
    due_on          DATE          NULL,
    closed_on       DATE          NULL,
    recheck_note    VARCHAR(2000),
    CONSTRAINT fk_inspection_hazard_inspection FOREIGN KEY (inspection_id) REFERENCES unit_inspection (id)
);
CREATE INDEX ix_inspection_hazard_inspection ON inspection_hazard (inspection_id);

CREATE TABLE inspection_publicity (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id     BIGINT        NOT NULL,
    recorded_on     DATE          NOT NULL,
    occasion        VARCHAR(200),
    text_messages   INT           NOT NULL,
    big_screens     INT           NOT NULL,
    banners         INT           NOT NULL,
    display_boards  INT           NOT NULL,
    publicity_vehicles INT        NOT NULL,
    leaflets        INT           NOT NULL,
    booklets        INT           NOT NULL,
    consultations   INT           NOT NULL,
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_at     TIMESTAMP     NULL,
    CONSTRAINT fk_inspection_publicity_campaign FOREIGN KEY (campaign_id) REFERENCES inspection_campaign (id)
);
