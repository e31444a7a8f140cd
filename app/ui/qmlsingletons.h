#pragma once

#include "appcontroller.h"
#include "profile.h"
#include "regioncontroller.h"

#include <QQmlEngine>

namespace zs {

/// The objects main.cpp (or a test) built, handed to QML as the singletons App and Region.
/// QML asks create() for them; nothing else in the app looks them up (STYLE 5).
struct QmlSingletons
{
    static inline AppController *app = nullptr;
    static inline RegionController *region = nullptr;

    /// Registers the instances; call before loading QML. They stay owned by the caller.
    static void set(AppController *appController, RegionController *regionController)
    {
        app = appController;
        region = regionController;
    }
};

/// `App` in QML: the AppController main.cpp built.
struct AppForeign
{
    Q_GADGET
    QML_FOREIGN(zs::AppController)
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON

public:
    static AppController *create(QQmlEngine *engine, QJSEngine *)
    {
        Q_ASSERT_X(QmlSingletons::app, "App", "register the AppController before loading QML");
        QJSEngine::setObjectOwnership(QmlSingletons::app, QJSEngine::CppOwnership);
        QmlSingletons::app->setEngine(engine);
        return QmlSingletons::app;
    }
};

/// `Region` in QML: the RegionController main.cpp built.
struct RegionForeign
{
    Q_GADGET
    QML_FOREIGN(zs::RegionController)
    QML_NAMED_ELEMENT(Region)
    QML_SINGLETON

public:
    static RegionController *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT_X(
            QmlSingletons::region, "Region", "register the RegionController before loading QML");
        QJSEngine::setObjectOwnership(QmlSingletons::region, QJSEngine::CppOwnership);
        return QmlSingletons::region;
    }
};

/// `Theme` in QML: the app's colours and text sizes, owned by the AppController.
struct ThemeForeign
{
    Q_GADGET
    QML_FOREIGN(zs::Theme)
    QML_NAMED_ELEMENT(Theme)
    QML_SINGLETON

public:
    static Theme *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT_X(QmlSingletons::app, "Theme", "register the AppController before loading QML");
        QJSEngine::setObjectOwnership(QmlSingletons::app->theme(), QJSEngine::CppOwnership);
        return QmlSingletons::app->theme();
    }
};

/// The person's profile as a QML value type (App.profile.region, ...).
struct ProfileForeign
{
    Q_GADGET
    QML_FOREIGN(zs::Profile)
    QML_VALUE_TYPE(profile)
};

} // namespace zs
