// A statement or commit the database refused (disk full, I/O error, busy past the timeout, or a
// fault injected by a test). ServerDatabase throws it so no caller can go on after a failed
// write: the open WriteTransaction rolls the whole request back on the way out, and the HTTP
// layer answers 503 with a correlation id. what() holds the SQL error text, for the log only.
#pragma once

#include <stdexcept>
#include <string>

class DatabaseFailure : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};
