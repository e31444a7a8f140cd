#include "panelround.h"

namespace zs::regional {

namespace {

ProtocolError invalid(
    const QString &field, const QString &message, const QString &code = QStringLiteral("invalid"))
{
    return ProtocolError { 422, code, message, field };
}

} // namespace

std::optional<ProtocolError> validateRound(const SurveyDefinition &round, const QString &panel,
    const QStringList &servedRegions, const SurveyCatalog &catalog)
{
    const QString code = QStringLiteral("invalid_definition");
    if (round.kind != QLatin1String("panel"))
        return invalid(
            QStringLiteral("kind"), QStringLiteral("a panel round has kind \"panel\""), code);
    if (round.panel != panel)
        return invalid(QStringLiteral("panel"),
            QStringLiteral("a round for this panel names panel \"%1\"").arg(panel), code);
    if (!round.region.isEmpty() && !servedRegions.contains(round.region))
        return invalid(QStringLiteral("region"),
            QStringLiteral("the panel does not serve region '%1'").arg(round.region), code);
    // A new version may only follow the same panel's round: otherwise a round could take over a
    // built-in survey's id (and its reports) or another region's round.
    if (const SurveyDefinition *owner = catalog.latest(round.id);
        owner && (owner->kind != QLatin1String("panel") || owner->panel != panel))
        return ProtocolError { 409, QStringLiteral("id_taken"),
            QStringLiteral("survey id '%1' belongs to another survey").arg(round.id),
            QStringLiteral("id") };
    if (catalog.find(round.id, round.version))
        return ProtocolError { 409, QStringLiteral("version_exists"),
            QStringLiteral("survey '%1' version %2 exists already")
                .arg(round.id)
                .arg(round.version),
            QStringLiteral("version") };
    return std::nullopt;
}

} // namespace zs::regional
