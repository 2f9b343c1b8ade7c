-- One set of cases per campaign, and a case file that explains itself. Written for both H2 and
-- MySQL/MariaDB.

-- A case names a campaign that exists. Cases that named an unknown campaign were counted by
-- whichever campaign later got that id; they now belong to none (open_in_campaign keeps the old
-- number until the case ends, so that no second open case collides with it).
UPDATE enterprise_case SET campaign_id = NULL
    WHERE campaign_id IS NOT NULL AND campaign_id NOT IN (SELECT id FROM campaign);
ALTER TABLE enterprise_case ADD CONSTRAINT fk_case_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id);

-- Every case is on its campaign's roster, however it was opened (by hand, added at verification):
-- the ledger, the progress, the dashboard and the summary count the same set.
UPDATE campaign_roster_entry SET status = 'STARTED',
        case_id = (SELECT MAX(c.id) FROM enterprise_case c WHERE c.campaign_id = campaign_roster_entry.campaign_id
                   AND c.enterprise_id = campaign_roster_entry.enterprise_id),
        started_at = COALESCE(started_at, added_at)
    WHERE case_id IS NULL AND EXISTS (SELECT 1 FROM enterprise_case c WHERE c.campaign_id = campaign_roster_entry.campaign_id
                                      AND c.enterprise_id = campaign_roster_entry.enterprise_id);
INSERT INTO campaign_roster_entry (campaign_id, enterprise_id, status, case_id, added_by, added_at, started_at)
    SELECT c.campaign_id, c.enterprise_id, 'STARTED', MAX(c.id), 'system', MIN(c.opened_at), MIN(c.opened_at)
    FROM enterprise_case c
    WHERE c.campaign_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM campaign_roster_entry r
                                                   WHERE r.campaign_id = c.campaign_id AND r.enterprise_id = c.enterprise_id)
    GROUP BY c.campaign_id, c.enterprise_id;

-- The district office's order to close after the last failed round is a decision of its own,
-- not the enterprise's choice; earlier versions wrote it with this note.
ALTER TABLE enterprise_choice ADD COLUMN ordered_by_office BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE enterprise_choice SET ordered_by_office = TRUE WHERE note LIKE '区化治办决定关闭%';

-- Land and structures: every recording and correction, also after the case ended.
CREATE TABLE land_record (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id               BIGINT         NOT NULL,
    reclaimed_mu_before   DECIMAL(10, 2),
    reclaimed_mu          DECIMAL(10, 2),
    demolished_m2_before  DECIMAL(12, 2),
    demolished_m2         DECIMAL(12, 2),
    new_use_before        VARCHAR(300),
    new_use               VARCHAR(300),
    after_end             BOOLEAN        NOT NULL,
    reason                VARCHAR(1000),
    recorded_by           VARCHAR(64)    NOT NULL,
    recorded_at           TIMESTAMP      NULL,
    CONSTRAINT fk_land_record_case FOREIGN KEY (case_id) REFERENCES enterprise_case (id)
);
CREATE INDEX ix_land_record_case ON land_record (case_id);

-- hazards of a plant that closed or moved away are closed with it (status CLOSED, event CLOSED)
