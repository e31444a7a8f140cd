#pragma once

#include <QObject>
#include <QPointer>
#include <utility>

namespace zs {

/// Wraps a reply callback so it runs only while owner still exists. The collector client
/// outlives the page controllers, so an answer can arrive after its page was closed.
template<typename Owner, typename Callback> auto guarded(Owner *owner, Callback callback)
{
    return [alive = QPointer<Owner>(owner), callback = std::move(callback)](const auto &...args) {
        if (alive)
            callback(args...);
    };
}

} // namespace zs
