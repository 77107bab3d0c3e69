#include "adapters/postgres/plan_repository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <stdexcept>

namespace vitae::server::pg {
namespace {

constexpr Statement kAll{"plans_all", R"sql(
    SELECT p.code, p.name, l.max_resumes, l.max_sections_per_resume, l.max_exports_per_day,
           l.max_upload_bytes_per_day, l.max_bulk_apply_recipients_per_day,
           l.export_retention_days, array_to_json(l.allowed_templates)::text
    FROM plans p
    JOIN plan_limits l ON l.plan_code = p.code
    ORDER BY p.code
)sql"};

// An account without a subscription row is on the free plan, as a new account is.
constexpr Statement kPlanOf{"plans_plan_of", R"sql(
    SELECT p.code, p.name, l.max_resumes, l.max_sections_per_resume, l.max_exports_per_day,
           l.max_upload_bytes_per_day, l.max_bulk_apply_recipients_per_day,
           l.export_retention_days, array_to_json(l.allowed_templates)::text
    FROM users u
    LEFT JOIN subscriptions s ON s.user_id = u.id
    JOIN plans p ON p.code = coalesce(s.plan_code, 'free')
    JOIN plan_limits l ON l.plan_code = p.code
    WHERE u.id = $1
)sql"};

core::Quota quotaAt(const Rows& rows, int row, int column) {
    return rows.isNull(row, column) ? core::Quota() : core::Quota(rows.integer(row, column));
}

std::optional<QStringList> templatesAt(const Rows& rows, int row, int column) {
    if (rows.isNull(row, column))
        return std::nullopt;
    const std::string_view text = rows.text(row, column);
    QStringList ids;
    const QJsonArray array =
        QJsonDocument::fromJson(QByteArray(text.data(), static_cast<qsizetype>(text.size())))
            .array();
    for (const auto& id : array)
        ids.append(id.toString());
    return ids;
}

// Columns code, name, then the plan_limits columns in PlanLimit's order.
Plan planAt(const Rows& rows, int row) {
    Plan plan{std::string(rows.text(row, 0)), std::string(rows.text(row, 1)), {}};
    core::PlanLimit& limits = plan.limits;
    limits.maxResumes = quotaAt(rows, row, 2);
    limits.maxSectionsPerResume = quotaAt(rows, row, 3);
    limits.maxExportsPerDay = quotaAt(rows, row, 4);
    limits.maxUploadBytesPerDay = quotaAt(rows, row, 5);
    limits.maxBulkApplyRecipientsPerDay = quotaAt(rows, row, 6);
    limits.exportRetentionDays = quotaAt(rows, row, 7);
    limits.allowedTemplates = templatesAt(rows, row, 8);
    return plan;
}

} // namespace

PgPlanRepository::PgPlanRepository(ConnectionPool& pool)
    : pool_(pool) {}

std::vector<Plan> PgPlanRepository::all() {
    return pool_.run([&](Connection& connection) { return connection.exec(kAll).map(planAt); },
                     Retry::Once);
}

Plan PgPlanRepository::planOf(const UserId& user) {
    return pool_.run(
        [&](Connection& connection) {
            const Rows rows = connection.exec(kPlanOf, {user});
            // Only a deleted account or a schema without the free plan gets here.
            if (rows.rows() == 0)
                throw std::runtime_error("no plan for account " + user);
            return planAt(rows, 0);
        },
        Retry::Once);
}

} // namespace vitae::server::pg
