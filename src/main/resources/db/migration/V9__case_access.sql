-- Who may see a case (docs/access-policy.md). Written for both H2 and MySQL/MariaDB.

-- An enterprise's own Tasklist account, recorded when its first case opens: an account is an
-- enterprise's by this link, not by the shape of its user id. Every case opened so far created
-- the account ent-<credit code in lower case>.
ALTER TABLE enterprise ADD COLUMN account_user_id VARCHAR(64);
UPDATE enterprise SET account_user_id = CONCAT('ent-', LOWER(credit_code))
    WHERE id IN (SELECT enterprise_id FROM enterprise_case);
CREATE UNIQUE INDEX uk_enterprise_account ON enterprise (account_user_id);

-- The groups that have or had a task on a case (an agency such as safety, or one firm's own group
-- such as design-firm-12), and the firms an enterprise hired: each may read that case.
CREATE TABLE case_party (
    case_id  BIGINT       NOT NULL,
    party    VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_case_party PRIMARY KEY (case_id, party),
    CONSTRAINT fk_case_party_case FOREIGN KEY (case_id) REFERENCES enterprise_case (id)
);
CREATE INDEX ix_case_party_party ON case_party (party);
