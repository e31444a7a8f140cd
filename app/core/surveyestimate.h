#pragma once

#include "surveydefinition.h"

namespace zs {

/// About how many whole minutes a survey takes (at least 1), for the survey cards: reading the
/// intro and each question everyone sees, with its options or statements; a question behind a
/// showIf is not counted (not everyone sees it).
int estimatedMinutes(const SurveyDefinition &definition);

} // namespace zs
