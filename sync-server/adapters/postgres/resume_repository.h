// Resumes in PostgreSQL (table resumes). Reads take any pooled connection; a write is one
// transaction that first locks the account's users row, so writers of one library take turns
// and every change is appended to the change log before the same commit.
#pragma once

#include "adapters/postgres/pool.h"
#include "usecases/ports.h"

namespace vitae::server::pg {

class PgResumeRepository : public ResumeRepository {
public:
    explicit PgResumeRepository(ConnectionPool& pool);
    std::vector<ResumeSummary> listLive(const UserId& user) override;
    std::vector<StoredResume> listLiveWithData(const UserId& user) override;
    std::optional<StoredResume> findLive(const UserId& user, const ResumeId& id) override;
    std::int64_t countLive(const UserId& user) override;
    Result<Done> write(const UserId& user, const Work& work) override;

private:
    ConnectionPool& pool_;
};

} // namespace vitae::server::pg
