-- Every plan has exactly one plan_limits row, checked by the database at commit.

-- Backfill first: a plan created without limits (by hand, before this migration) gets the
-- free plan's limits, the least a paying customer could be surprised by; without a free plan,
-- the strictest limits (nothing allowed) until an administrator sets real ones.
INSERT INTO plan_limits (plan_code, max_resumes, max_sections_per_resume, max_exports_per_day,
                         max_upload_bytes_per_day, max_bulk_apply_recipients_per_day,
                         export_retention_days, allowed_templates)
SELECT p.code, f.max_resumes, f.max_sections_per_resume, f.max_exports_per_day,
       f.max_upload_bytes_per_day, f.max_bulk_apply_recipients_per_day,
       f.export_retention_days, f.allowed_templates
FROM plans p
CROSS JOIN plan_limits f
WHERE f.plan_code = 'free'
  AND NOT EXISTS (SELECT 1 FROM plan_limits l WHERE l.plan_code = p.code);

INSERT INTO plan_limits (plan_code, max_resumes, max_sections_per_resume, max_exports_per_day,
                         max_upload_bytes_per_day, max_bulk_apply_recipients_per_day,
                         export_retention_days, allowed_templates)
SELECT p.code, 0, 0, 0, 0, 0, 0, ARRAY[]::text[]
FROM plans p
WHERE NOT EXISTS (SELECT 1 FROM plan_limits l WHERE l.plan_code = p.code);

-- A plan inserted (or renamed) must have its limits by the end of its transaction: the check
-- waits for the commit, so the plan can be inserted first and its limits right after.
CREATE FUNCTION plans_require_limits() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM plans WHERE code = NEW.code)
       AND NOT EXISTS (SELECT 1 FROM plan_limits WHERE plan_code = NEW.code) THEN
        RAISE EXCEPTION 'plan "%" has no plan_limits row', NEW.code
            USING ERRCODE = 'integrity_constraint_violation',
                  HINT = 'insert its plan_limits row in the same transaction';
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER plans_require_limits
    AFTER INSERT OR UPDATE OF code ON plans
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION plans_require_limits();

-- Removing a plan's limits is allowed only together with the plan (or when replacing them in
-- the same transaction).
CREATE FUNCTION plan_limits_keep_for_plan() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM plans WHERE code = OLD.plan_code)
       AND NOT EXISTS (SELECT 1 FROM plan_limits WHERE plan_code = OLD.plan_code) THEN
        RAISE EXCEPTION 'plan "%" still exists; its plan_limits row cannot go', OLD.plan_code
            USING ERRCODE = 'integrity_constraint_violation',
                  HINT = 'delete the plan itself, or insert new limits in the same transaction';
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER plan_limits_keep_for_plan
    AFTER DELETE OR UPDATE OF plan_code ON plan_limits
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION plan_limits_keep_for_plan();
