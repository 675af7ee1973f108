// A folder only its owner can enter: the data directory holds the cache (who uses which number,
// at which address) and the outbox (edits not yet sent), so neither the files nor their names
// may be visible to other accounts on a shared machine, whatever the umask.
#pragma once

#include <QString>

namespace platform {

enum class ExistingFolder : quint8 {
    Keep,   // a folder that is already there is left as it is (it may be shared, like /tmp)
    Narrow, // the folder is ours alone (a profile's data directory): narrow it if it is wider
};

// Creates `path` (and missing parents) and makes the folder itself owner-only (0700 on Unix;
// Windows keeps the profile folder's ACL, which is already per user). False with `error` set
// when either step fails.
bool ensurePrivateDirectory(const QString &path, ExistingFolder existing, QString *error);

} // namespace platform
