-- what the district office did about an overdue task: urged, extended, reassigned, referred upward
ALTER TABLE notification ADD COLUMN handling_outcome VARCHAR(20);
