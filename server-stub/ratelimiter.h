#pragma once

#include <QHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <functional>
#include <optional>

namespace zs {

/// Token buckets per peer address, in memory only (issue 7): nothing is written to disk or
/// logged, and a bucket that has refilled to full is forgotten, so no history outlives it.
class RateLimiter
{
public:
    /// Milliseconds on a monotonic clock; settable so tests need not wait.
    using Clock = std::function<qint64()>;

    /// burst tokens at most, refilled at perHour tokens an hour.
    RateLimiter(double burst, double perHour, Clock clock = {});

    /// Takes cost tokens for this peer: 0 when they were there, else the whole seconds to
    /// wait before they will be (nothing is taken then). A cost above the burst counts as the
    /// burst, so a request that is allowed at all can always pass eventually.
    int take(const QHostAddress &peer, double cost = 1);
    /// The seconds to wait before one token is there (0: there is one); takes nothing.
    int wait(const QHostAddress &peer);

    double burst() const { return m_burst; }
    double perHour() const { return m_perHour; }
    /// How many peers have a bucket now (for tests: idle buckets are dropped).
    qsizetype buckets() const { return m_buckets.size(); }

    /// The bucket key: the address itself, IPv6 cut to its /64 (one household or network gets
    /// a /64, so each of its addresses must not get a bucket of its own).
    static QHostAddress key(const QHostAddress &peer);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 at = 0; ///< when tokens was computed, in clock milliseconds
    };
    double refilled(const Bucket &bucket, qint64 now) const;
    int secondsUntil(double missing) const;
    Bucket &bucket(const QHostAddress &peer, qint64 now);
    void dropIdle(qint64 now);

    double m_burst;
    double m_perHour;
    Clock m_clock;
    QHash<QHostAddress, Bucket> m_buckets;
    qint64 m_lastSweep = 0;
};

/// The collector's limits (issue 7): anonymous writes per peer, submissions by items, and
/// failed authentications; off for a trusted proxy that limits on its own, and for benchmarks.
struct RateLimitOptions
{
    bool enabled = true;
    // Submissions are counted by items, not by requests: a batch of 500 must not cost what one
    // submission costs, since open responses are what an attacker would pad a region with
    // (DESIGN §5a). The burst is large instead: a care home's 200 workers behind one NAT, each
    // uploading an outbox of a few surveys at a shift change, stay well below 2,000 items.
    double submissionBurst = 2000;
    double submissionsPerHour = 2000;
    // Reactions, supports, ideas and joins: 200 workers with a few reactions each within an
    // hour stay below 1,000; a flood stops after it and goes on at one a few seconds.
    double writeBurst = 1000;
    double writesPerHour = 1000;
    // Wrong bearer tokens: an honest employer or coordinator mistypes a few; a guesser gets 20
    // and then one a minute.
    double authBurst = 20;
    double authFailuresPerHour = 60;
};

/// The three buckets of the collector and the 429 they answer with.
class RateLimits
{
public:
    explicit RateLimits(const RateLimitOptions &options = {}, const RateLimiter::Clock &clock = {});

    /// nullopt when this anonymous write of cost items may go on; else the 429 to answer.
    std::optional<QHttpServerResponse> write(const QHttpServerRequest &request, double cost = 1);
    /// As write(), for submissions (cost: the number of items).
    std::optional<QHttpServerResponse> submissions(const QHttpServerRequest &request, int items);
    /// nullopt unless this peer has used up its failed authentications (then the 429): checked
    /// before a token is looked at, so a guesser learns nothing more.
    std::optional<QHttpServerResponse> authAllowed(const QHttpServerRequest &request);
    /// Counts a wrong bearer token of this peer.
    void authFailed(const QHttpServerRequest &request);

    bool enabled() const { return m_options.enabled; }

    /// 429 rate_limited with Retry-After, in the one error shape.
    static QHttpServerResponse tooMany(int seconds);

private:
    RateLimitOptions m_options;
    RateLimiter m_submissions;
    RateLimiter m_writes;
    RateLimiter m_auth;
};

} // namespace zs
