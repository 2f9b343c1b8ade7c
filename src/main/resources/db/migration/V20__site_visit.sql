-- On-site checks recorded from a phone: one visit per completed on-site task (the unique task id is
-- what refuses a second submission of the same task from another device), with the inspector's
-- signature and the photos taken, whose content is in document_content. Written for both H2 and
-- MySQL/MariaDB.

CREATE TABLE site_visit (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id              VARCHAR(64)   NOT NULL,
    activity_id          VARCHAR(100)  NOT NULL,
    task_name            VARCHAR(255)  NOT NULL,
    process_instance_id  VARCHAR(64)   NOT NULL,
    case_id              BIGINT        NULL,
    client_key           VARCHAR(64)   NOT NULL,
    signed_name          VARCHAR(100)  NOT NULL,
    signed_at            TIMESTAMP     NULL,
    submitted_by         VARCHAR(64)   NOT NULL,
    submitted_at         TIMESTAMP     NULL,
    CONSTRAINT uq_site_visit_task UNIQUE (task_id),
    CONSTRAINT uq_site_visit_client UNIQUE (client_key)
);
CREATE INDEX ix_site_visit_case ON site_visit (case_id);

CREATE TABLE site_photo (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    visit_id      BIGINT        NOT NULL,
    storage_key   VARCHAR(100)  NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(50)   NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    taken_at      TIMESTAMP     NULL,
    latitude      DECIMAL(9, 6) NULL,
    longitude     DECIMAL(9, 6) NULL,
    CONSTRAINT fk_site_photo_visit FOREIGN KEY (visit_id) REFERENCES site_visit (id)
);
CREATE INDEX ix_site_photo_visit ON site_photo (visit_id);
