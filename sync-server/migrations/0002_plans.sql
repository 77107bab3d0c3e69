-- Subscription plans, their limits (the columns of vitae::core::PlanLimit; NULL is unlimited)
-- and which plan each account is on.

CREATE TABLE plans (
    code       text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{0,31}$'),
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE plan_limits (
    plan_code                         text PRIMARY KEY REFERENCES plans (code) ON DELETE CASCADE,
    max_resumes                       bigint CHECK (max_resumes >= 0),
    max_sections_per_resume           bigint CHECK (max_sections_per_resume >= 0),
    max_exports_per_day               bigint CHECK (max_exports_per_day >= 0),
    max_upload_bytes_per_day          bigint CHECK (max_upload_bytes_per_day >= 0),
    max_bulk_apply_recipients_per_day bigint CHECK (max_bulk_apply_recipients_per_day >= 0),
    export_retention_days             bigint CHECK (export_retention_days >= 0),
    allowed_templates                 text[] -- NULL: every template of the catalogue
);

-- One current plan per account.
CREATE TABLE subscriptions (
    user_id    uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    plan_code  text NOT NULL REFERENCES plans (code) ON DELETE RESTRICT,
    started_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX subscriptions_plan_code_idx ON subscriptions (plan_code);

-- The seed plans.
--   free: 3 resumes, at most 12 shown sections each (VITAE_MAX_RESUME_SECTIONS caps too),
--         5 exports a day, 20 MiB of uploads a day, no bulk applications, exports kept 7 days,
--         the classic and modern templates.
--   pro:  unlimited resumes, sections capped only by VITAE_MAX_RESUME_SECTIONS, 100 exports a
--         day, 1 GiB of uploads a day, 200 bulk-application recipients a day, exports kept a
--         year, every template.
INSERT INTO plans (code, name) VALUES ('free', 'Free'), ('pro', 'Pro');
INSERT INTO plan_limits (plan_code, max_resumes, max_sections_per_resume, max_exports_per_day,
                         max_upload_bytes_per_day, max_bulk_apply_recipients_per_day,
                         export_retention_days, allowed_templates)
VALUES ('free', 3, 12, 5, 20971520, 0, 7, ARRAY['classic', 'modern']),
       ('pro', NULL, NULL, 100, 1073741824, 200, 365, NULL);
