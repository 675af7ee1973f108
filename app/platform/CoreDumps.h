// Keeps secrets out of crash output: a core dump of the app would contain the access token and
// the refresh token held in memory.
#pragma once

// Turns off core dumps for this process (and, on Linux, ptrace attach by other users'
// processes). Returns false if the platform refused; the app still runs.
bool disableCoreDumps();
