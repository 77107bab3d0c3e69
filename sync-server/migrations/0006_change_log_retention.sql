-- Retention of the sync change log. The maintenance task prunes entries older than
-- VITAE_CHANGE_LOG_RETENTION_DAYS that a sync from scratch no longer needs (a change superseded
-- by a later change of the same resume, or a deletion) and raises the account's
-- changes_pruned_through in the same transaction; this index finds old entries by age without
-- reading the whole log.
CREATE INDEX resume_changes_changed_at_idx ON resume_changes (changed_at);
