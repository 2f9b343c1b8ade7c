-- Each report an intermediary hands in (DOMAIN.md: track each firm's turnaround and rework):
-- the design firm's diagnosis and the evaluation firm's safety evaluation, when the task was
-- created and due, when it was submitted, and whether safety sent it back. round_number is the
-- rectification round for an evaluation and the attempt (1, then 2 after a return) for a
-- diagnosis; report_id is the PDF a diagnosis was submitted with. Written for both H2 and
-- MySQL/MariaDB.

CREATE TABLE firm_report (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id        BIGINT        NOT NULL,
    firm_id        BIGINT,
    kind           VARCHAR(20)   NOT NULL,
    round_number   INT           NOT NULL,
    report_id      BIGINT,
    requested_at   TIMESTAMP     NULL,
    due_at         TIMESTAMP     NULL,
    submitted_at   TIMESTAMP     NULL,
    submitted_by   VARCHAR(64)   NOT NULL,
    returned_at    TIMESTAMP     NULL,
    returned_by    VARCHAR(64),
    return_reason  VARCHAR(2000),
    CONSTRAINT fk_firm_report_case FOREIGN KEY (case_id) REFERENCES enterprise_case (id),
    CONSTRAINT fk_firm_report_firm FOREIGN KEY (firm_id) REFERENCES intermediary (id),
    CONSTRAINT fk_firm_report_report FOREIGN KEY (report_id) REFERENCES diagnosis_report (id)
);
CREATE INDEX ix_firm_report_case ON firm_report (case_id, kind);
CREATE INDEX ix_firm_report_firm ON firm_report (firm_id);
