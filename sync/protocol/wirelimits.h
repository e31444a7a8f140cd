#pragma once

// Named wirelimits.h, not limits.h: this directory is on the include path, and a limits.h there
// would hide the C library's <limits.h>.

// Every limit of the wire format in one place: the collector refuses what breaks them and the
// app's forms check the same numbers before sending (docs/protocol.md).

#include <QLatin1String>
#include <QtGlobal>
#include <array>

namespace zs::protocol::limits {

// Requests
inline constexpr int kMaxBatch = 500; ///< submissions per batch
inline constexpr int kMaxInvitationBatch = 500; ///< invitation codes per request or command
inline constexpr qsizetype kMaxBodyBytes = 4 * 1024 * 1024; ///< POST /v1/submissions
inline constexpr qsizetype kMaxRegionalBodyBytes = 256 * 1024; ///< actions, joins, ideas, rounds
inline constexpr qsizetype kMaxKeyedBodyBytes = 4096; ///< reactions and supports

// Submissions
inline constexpr int kMaxSubmissionString = 64; ///< ids and strata values

// Shared patterns
/// Action ids (and panel ids): 3 to 64 lower-case letters, digits, - or _.
inline constexpr QLatin1String kIdPattern("^[a-z0-9][a-z0-9_-]{2,63}$");
/// A calendar day, checked for existence separately.
inline constexpr QLatin1String kDatePattern("^\\d{4}-\\d{2}-\\d{2}$");
/// A submission id: a lower-case UUID v4 (random, fresh per submission).
inline constexpr QLatin1String kUuidV4Pattern(
    "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
/// A calendar month: a submission's period (never finer).
inline constexpr QLatin1String kMonthPattern("^20[0-9]{2}-(0[1-9]|1[0-2])$");
/// A calendar year: a membership's start, coarser than any submission's period (DESIGN §5
/// rule 7).
inline constexpr QLatin1String kYearPattern("^20[0-9]{2}$");
/// The anonymous key of a reaction or support: 32 lower-case hex digits.
inline constexpr QLatin1String kKeyPattern("^[0-9a-f]{32}$");
/// An e-mail address: local part, domain, and a top-level domain of at least 2 characters.
inline constexpr QLatin1String kEmailPattern("^[^@\\s]{1,64}@[^@\\s]{1,185}\\.[^@\\s]{2,}$");
/// A phone number: 8 to 20 digits, spaces, parentheses or dashes, optionally after a +.
inline constexpr QLatin1String kPhonePattern("^\\+?[0-9 ()-]{8,20}$");
inline constexpr QLatin1String kHttpsPrefix("https://");

// Actions
inline constexpr int kActionTitleMax = 120;
inline constexpr int kActionDescriptionMax = 2000;
inline constexpr int kCommitmentMax = 1000; ///< each of the 4W labels
inline constexpr int kTargetMetricMax = 200;
inline constexpr int kTargetUnitMax = 50;
inline constexpr int kProgressNoteMax = 500;
inline constexpr int kMinThemes = 1;
inline constexpr int kMaxThemes = 15;
inline constexpr int kMaxProgress = 100;
inline constexpr int kSourceMax = 500;
inline constexpr std::array<QLatin1String, 4> kActionStatuses = { QLatin1String("planned"),
    QLatin1String("running"), QLatin1String("done"), QLatin1String("stopped") };

// Join requests and memberships
inline constexpr int kMemberNameMin = 1;
inline constexpr int kMemberNameMax = 100;

// Panels
inline constexpr int kPanelTextMax = 4000; ///< description, consent text, shares
inline constexpr int kPanelNameMax = 120;
inline constexpr int kPanelShortTextMax = 200; ///< organiser, meeting place and title, step
inline constexpr std::array<QLatin1String, 2> kPanelStyles
    = { QLatin1String("young"), QLatin1String("advisory") };

// Ideas
inline constexpr int kIdeaTitleMin = 3;
inline constexpr int kIdeaTitleMax = 120;
inline constexpr int kIdeaDescriptionMin = 10;
inline constexpr int kIdeaDescriptionMax = 2000;
inline constexpr int kIdeaNameMin = 1;
inline constexpr int kIdeaNameMax = 100;
// A page of an idea list (GET /v1/regions/{region}/ideas?limit=&after=): an idea is ~2 kB at
// most, so a full page stays near 400 kB; the app reads the first page only.
inline constexpr int kIdeaPageDefault = 50;
inline constexpr int kIdeaPageMax = 200;
// Free texts of one question per scope in one report answer (?texts=&textsAfter=).
inline constexpr int kReportTextsDefault = 100;
inline constexpr int kReportTextsMax = 500;

// Reactions
inline constexpr std::array<QLatin1String, 2> kReactionKinds
    = { QLatin1String("useful"), QLatin1String("help") };

// Reports
inline constexpr int kDefaultK = 10; ///< the smallest group a figure describes by default
inline constexpr int kMinimumK = 5; ///< the lowest k a report may be built with
inline constexpr std::array<QLatin1String, 6> kQuestionTypes
    = { QLatin1String("single"), QLatin1String("multi"), QLatin1String("scale"),
          QLatin1String("number"), QLatin1String("likert"), QLatin1String("text") };

} // namespace zs::protocol::limits
