#pragma once

#include "sessionmanager.h"

#include <QQmlEngine>

namespace zs {

/// The dashboard's objects main.cpp (or a test) built, handed to QML as the singleton Session.
struct DashboardSingletons
{
    static inline SessionManager *session = nullptr;

    /// Registers the instance; call before loading QML. It stays owned by the caller.
    static void set(SessionManager *sessionManager) { session = sessionManager; }
};

/// `Session` in QML: the SessionManager main.cpp built.
struct SessionForeign
{
    Q_GADGET
    QML_FOREIGN(zs::SessionManager)
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON

public:
    static SessionManager *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT_X(DashboardSingletons::session, "Session",
            "register the SessionManager before loading QML");
        QJSEngine::setObjectOwnership(DashboardSingletons::session, QJSEngine::CppOwnership);
        return DashboardSingletons::session;
    }
};

} // namespace zs
