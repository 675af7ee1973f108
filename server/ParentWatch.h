// `dispatchable-server --exit-with-parent`: the server started by the app's demo (or a test) ends
// when its parent does, however the parent ends (quit, SIGTERM, SIGKILL, a crash), so no demo
// backend keeps its port and provisioning worker after the app is gone.
#pragma once

// Ends the process when its standard input reaches end of file: the parent holds the other end
// of that pipe, and the system closes it when the parent ends. On Linux the kernel's parent-death
// signal (PR_SET_PDEATHSIG) ends it too, even if something else holds the pipe open. Call once,
// before the server starts, with a QCoreApplication in existence.
void exitWithParent();
