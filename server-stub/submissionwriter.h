#pragma once

#include "collectorstore.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>

namespace zs {

/// How the writer groups submissions into one commit.
struct GroupCommitOptions
{
    /// How long the writer waits for more requests after the first of a group arrived; 0:
    /// it stores whatever is queued as soon as it is free (groups still form under load, from
    /// the requests that arrive while the previous commit runs).
    std::chrono::microseconds window { 0 };
    /// A group is stored at once when it holds this many submissions.
    int maxItems = 2000;
};

/// The collector's one writer of submissions (issue 12): validated submissions of every request,
/// single or batched, are stored on a thread of its own, with a connection of its own, in one
/// transaction per group (a group commit). A request's callback runs on the thread that owns
/// the writer only after its group's commit, so a 201 still means stored. Parsing and
/// validation stay on the HTTP thread; reads there are not blocked by the writer (WAL).
/// Nothing about a group is stored: no order, no time (DESIGN §5 rule 4).
class SubmissionWriter : public QObject
{
    Q_OBJECT
public:
    explicit SubmissionWriter(QObject *parent = nullptr);
    /// Stores what is queued, then stops the thread (callbacks not yet run are dropped).
    ~SubmissionWriter() override;

    /// Opens its own connection to the collector's store at location (an SQLite file or a
    /// PostgreSQL schema), in the writer thread; false (with *error) when it cannot.
    bool start(const DatabaseLocation &location, const GroupCommitOptions &options, QString *error);
    bool isRunning() const { return m_thread.joinable(); }

    /// fault: the store failed (I/O, full disk, read-only) and nothing of the group is stored.
    using Done = std::function<void(const QList<StoreOutcome> &outcomes, bool fault)>;
    /// Queues the items (one request's); done(outcomes in the same order, fault) runs on this
    /// object's thread after the commit of the group they were stored in.
    void submit(QList<PreparedSubmission> items, Done done);
    /// Requests submitted whose callback has not run yet.
    int pending() const { return m_pending.load(); }
    /// Groups committed so far and the submissions in them (for the log and tests).
    quint64 groups() const { return m_groups.load(); }

private:
    struct Job
    {
        QList<PreparedSubmission> items;
        Done done;
        std::chrono::steady_clock::time_point queued;
    };
    void run(const DatabaseLocation &location, std::promise<QString> *opened);
    /// Takes the next group off the queue (the lock held); empty when stopping.
    std::vector<Job> nextGroup(std::unique_lock<std::mutex> &lock);

    GroupCommitOptions m_options;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    int m_queuedItems = 0;
    bool m_stopping = false;
    std::atomic<int> m_pending { 0 };
    std::atomic<quint64> m_groups { 0 };
};

} // namespace zs
