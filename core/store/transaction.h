#pragma once

#include "common/error.h"

#include <memory>

namespace nianbao::store {

/// A write transaction on an archive that rolls back unless committed (Archive::transaction).
/// Transactions opened while another runs on the same connection are savepoints of it, so
/// operations that write in their own transaction compose into a larger one.
class Transaction {
public:
    /// What a back end does to commit or roll back; rolling back is also what destroying an
    /// uncommitted one does.
    class Backend {
    public:
        Backend() = default;
        Backend(const Backend&) = delete;
        Backend& operator=(const Backend&) = delete;
        virtual ~Backend() = default;
        virtual Result<void> commit() = 0;
        virtual void rollback() = 0;
    };

    explicit Transaction(std::unique_ptr<Backend> backend)
        : m_backend(std::move(backend))
    {}
    Transaction(Transaction&&) noexcept = default;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction() = default;

    Result<void> commit() { return m_backend->commit(); }
    /// Undoes everything since the transaction began.
    void rollback() { m_backend->rollback(); }

private:
    std::unique_ptr<Backend> m_backend;
};

} // namespace nianbao::store
