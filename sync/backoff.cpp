#include "backoff.h"

#include <algorithm>

namespace zs {

Backoff::Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, quint32 seed)
    : m_base(base)
    , m_cap(cap)
    , m_random(seed ? seed : QRandomGenerator::global()->generate())
{ }

std::chrono::milliseconds Backoff::delay(int attempt)
{
    const int shift = std::clamp(attempt, 0, 30);
    const qint64 ceiling = std::min<qint64>(m_cap.count(), m_base.count() << std::min(shift, 20));
    const qint64 half = ceiling / 2;
    return std::chrono::milliseconds(half + qint64(m_random.bounded(double(ceiling - half + 1))));
}

} // namespace zs
