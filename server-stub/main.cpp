#include "collectorcli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zorgstem-collector"));
    return zs::runCollectorCli(QCoreApplication::arguments());
}
