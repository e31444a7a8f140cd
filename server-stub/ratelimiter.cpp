#include "ratelimiter.h"

#include "httputil.h"

#include <QElapsedTimer>
#include <cmath>

namespace zs {

namespace {

// More buckets than this and the idle ones are dropped at once, not at the next sweep; a peer
// beyond it shares one bucket with the others (memory stays bounded under address spraying).
constexpr qsizetype kMaxBuckets = 100000;
constexpr qint64 kSweepEveryMs = qint64(60) * 1000;

qint64 monotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

} // namespace

RateLimiter::RateLimiter(double burst, double perHour, Clock clock)
    : m_burst(std::max(1.0, burst))
    , m_perHour(std::max(1.0, perHour))
    , m_clock(clock ? std::move(clock) : Clock(monotonicMs))
{ }

QHostAddress RateLimiter::key(const QHostAddress &peer)
{
    bool v4 = false;
    const quint32 ipv4 = peer.toIPv4Address(&v4); // also an IPv4-mapped IPv6 address
    if (v4)
        return QHostAddress(ipv4);
    Q_IPV6ADDR bytes = peer.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes);
}

double RateLimiter::refilled(const Bucket &bucket, qint64 now) const
{
    const double gained = double(now - bucket.at) * m_perHour / 3600000.0;
    return std::min(m_burst, bucket.tokens + gained);
}

int RateLimiter::secondsUntil(double missing) const
{
    return std::max(1, int(std::ceil(missing * 3600.0 / m_perHour)));
}

void RateLimiter::dropIdle(qint64 now)
{
    m_lastSweep = now;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (refilled(*it, now) >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

RateLimiter::Bucket &RateLimiter::bucket(const QHostAddress &peer, qint64 now)
{
    if (now - m_lastSweep >= kSweepEveryMs || m_buckets.size() >= kMaxBuckets)
        dropIdle(now);
    QHostAddress k = key(peer);
    if (!m_buckets.contains(k) && m_buckets.size() >= kMaxBuckets)
        k = QHostAddress(); // the shared overflow bucket
    auto it = m_buckets.find(k);
    if (it == m_buckets.end())
        it = m_buckets.insert(k, Bucket { m_burst, now });
    it->tokens = refilled(*it, now);
    it->at = now;
    return *it;
}

int RateLimiter::take(const QHostAddress &peer, double cost)
{
    cost = std::clamp(cost, 0.0, m_burst);
    Bucket &b = bucket(peer, m_clock());
    if (b.tokens >= cost) {
        b.tokens -= cost;
        return 0;
    }
    return secondsUntil(cost - b.tokens);
}

int RateLimiter::wait(const QHostAddress &peer)
{
    const Bucket &b = bucket(peer, m_clock());
    return b.tokens >= 1 ? 0 : secondsUntil(1 - b.tokens);
}

RateLimits::RateLimits(const RateLimitOptions &options, const RateLimiter::Clock &clock)
    : m_options(options)
    , m_submissions(options.submissionBurst, options.submissionsPerHour, clock)
    , m_writes(options.writeBurst, options.writesPerHour, clock)
    , m_auth(options.authBurst, options.authFailuresPerHour, clock)
{ }

QHttpServerResponse RateLimits::tooMany(int seconds)
{
    QHttpServerResponse response = http::error(429, QStringLiteral("rate_limited"),
        QStringLiteral("too many requests from this network; try again in %1 s").arg(seconds));
    response.setHeader("Retry-After", QByteArray::number(seconds));
    return response;
}

std::optional<QHttpServerResponse> RateLimits::write(const QHttpServerRequest &request, double cost)
{
    if (!m_options.enabled)
        return std::nullopt;
    if (const int seconds = m_writes.take(request.remoteAddress(), cost))
        return tooMany(seconds);
    return std::nullopt;
}

std::optional<QHttpServerResponse> RateLimits::submissions(
    const QHttpServerRequest &request, int items)
{
    if (!m_options.enabled)
        return std::nullopt;
    if (const int seconds = m_submissions.take(request.remoteAddress(), items))
        return tooMany(seconds);
    return std::nullopt;
}

std::optional<QHttpServerResponse> RateLimits::authAllowed(const QHttpServerRequest &request)
{
    if (!m_options.enabled)
        return std::nullopt;
    if (const int seconds = m_auth.wait(request.remoteAddress()))
        return tooMany(seconds);
    return std::nullopt;
}

void RateLimits::authFailed(const QHttpServerRequest &request)
{
    if (m_options.enabled)
        m_auth.take(request.remoteAddress());
}

} // namespace zs
