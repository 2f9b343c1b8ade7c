-- At most one open case per enterprise and campaign, kept by the database: concurrent openings
-- (two clerks, a clerk and a campaign start) cannot pass it. open_in_campaign is the campaign id
-- (0 for a case without campaign) while the case is open and NULL once it ended; NULLs do not
-- collide. Written for both H2 and MySQL/MariaDB.

ALTER TABLE enterprise_case ADD COLUMN open_in_campaign BIGINT;

-- the first open case of each enterprise and campaign holds the key; a duplicate opened before
-- this version keeps running without it and is left for the district office to close
UPDATE enterprise_case SET open_in_campaign = COALESCE(campaign_id, 0)
    WHERE id IN (SELECT id FROM (SELECT MIN(id) AS id FROM enterprise_case WHERE closed_at IS NULL
                                 GROUP BY enterprise_id, COALESCE(campaign_id, 0)) firsts);

CREATE UNIQUE INDEX uk_case_open_per_campaign ON enterprise_case (enterprise_id, open_in_campaign);
