// Plans in PostgreSQL: plans with their plan_limits row (NULL is unlimited), and the plan an
// account's subscription names.
#pragma once

#include "adapters/postgres/pool.h"
#include "usecases/ports.h"

namespace vitae::server::pg {

class PgPlanRepository : public PlanRepository {
public:
    explicit PgPlanRepository(ConnectionPool& pool);
    std::vector<Plan> all() override;
    Plan planOf(const UserId& user) override;

private:
    ConnectionPool& pool_;
};

} // namespace vitae::server::pg
