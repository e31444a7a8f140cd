#pragma once

// Everything the tests share (library zorgstem_test_support): valid answers and submissions,
// the temporary app database, the blocking HTTP and SQLite helpers, and the real collector as
// a child process. The fake network for client unit tests is in fakenetwork.h.

#include "appdatabase.h"
#include "collectorprocess.h"
#include "http.h"
#include "sampledata.h"
#include "teststore.h"
