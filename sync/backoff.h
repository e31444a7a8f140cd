#pragma once

#include <QRandomGenerator>
#include <chrono>

namespace zs {

/// Exponential backoff with jitter: attempt n waits between half and all of min(cap, base·2^n).
class Backoff
{
public:
    Backoff(std::chrono::milliseconds base = std::chrono::seconds(2),
        std::chrono::milliseconds cap = std::chrono::minutes(10), quint32 seed = 0);

    /// The wait before retry number attempt (0 = first retry).
    std::chrono::milliseconds delay(int attempt);
    std::chrono::milliseconds cap() const { return m_cap; }

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    QRandomGenerator m_random;
};

} // namespace zs
