// A cache filled the way the app fills it: a full sync from the test backend over TLS into a
// real SQLite file, then opened for the test to read.
#pragma once

#include "TestBackend.h"
#include "store/Cache.h"

#include <memory>

// Nullptr with the reason in *why when the sync failed, timed out or the file did not open.
std::unique_ptr<Cache> syncedCache(TestBackend &backend, const QString &token, const QString &path,
                                   QString *why, int timeoutMs = 120000);
