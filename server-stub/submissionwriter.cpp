#include "submissionwriter.h"

#include <QMetaObject>

namespace zs {

SubmissionWriter::SubmissionWriter(QObject *parent)
    : QObject(parent)
{ }

SubmissionWriter::~SubmissionWriter()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

bool SubmissionWriter::start(
    const DatabaseLocation &location, const GroupCommitOptions &options, QString *error)
{
    m_options = options;
    std::promise<QString> opened;
    std::future<QString> result = opened.get_future();
    m_thread = std::thread([this, location, &opened] { run(location, &opened); });
    const QString problem = result.get();
    if (problem.isEmpty())
        return true;
    m_thread.join();
    if (error)
        *error = problem;
    return false;
}

void SubmissionWriter::submit(QList<PreparedSubmission> items, Done done)
{
    m_pending.fetch_add(1);
    bool wake = false;
    {
        const std::lock_guard lock(m_mutex);
        m_queuedItems += int(items.size());
        // The writer sleeps only on an empty queue, or in its window until the group is full.
        wake = m_queue.empty() || m_queuedItems >= m_options.maxItems;
        m_queue.push_back({ std::move(items), std::move(done), std::chrono::steady_clock::now() });
    }
    if (wake)
        m_wake.notify_one();
}

std::vector<SubmissionWriter::Job> SubmissionWriter::nextGroup(std::unique_lock<std::mutex> &lock)
{
    m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
    if (m_queue.empty())
        return {};
    if (m_options.window.count() > 0 && !m_stopping) {
        const auto deadline = m_queue.front().queued + m_options.window;
        m_wake.wait_until(
            lock, deadline, [this] { return m_stopping || m_queuedItems >= m_options.maxItems; });
    }
    std::vector<Job> group;
    int items = 0;
    // At least one request; a batch is never split over two groups.
    while (!m_queue.empty()
        && (group.empty() || items + m_queue.front().items.size() <= m_options.maxItems)) {
        items += int(m_queue.front().items.size());
        group.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    m_queuedItems -= items;
    return group;
}

void SubmissionWriter::run(const DatabaseLocation &location, std::promise<QString> *opened)
{
    // The connection belongs to this thread (Qt SQL connections may not change threads).
    CollectorStore store(location);
    opened->set_value(store.isOpen() ? QString() : store.errorString());
    if (!store.isOpen())
        return;
    std::unique_lock lock(m_mutex);
    for (;;) {
        std::vector<Job> group = nextGroup(lock);
        if (group.empty())
            return; // stopping, and nothing left to store
        lock.unlock();
        QList<PreparedSubmission> items;
        for (const Job &job : group)
            items.append(job.items);
        const quint64 faultsBefore = store.database().faults();
        const QList<StoreOutcome> outcomes = store.store(items);
        const bool fault = store.database().faults() != faultsBefore;
        m_groups.fetch_add(1);
        qsizetype next = 0;
        for (Job &job : group) {
            QList<StoreOutcome> mine = outcomes.mid(next, job.items.size());
            next += job.items.size();
            QMetaObject::invokeMethod(
                this,
                [this, done = std::move(job.done), mine = std::move(mine), fault] {
                    done(mine, fault);
                    m_pending.fetch_sub(1);
                },
                Qt::QueuedConnection);
        }
        lock.lock();
    }
}

} // namespace zs
