// `dispatchable labels --out FILE [--sheet avery-5160|avery-l7160] [--language en|es|fr_CA]
// [--tenant ID] [--count N] [--skip N]`: 47 CFR 9.11 warning labels as a PDF for a sheet of
// die-cut labels (docs/warning-labels.md). Runs headless and offline: the text is the app's own
// limitations text; --tenant only reads the tenant's name from the saved connection's offline
// cache for the small print. Exit codes as `dispatchable report` (ReportExitCode).
#pragma once

// True when the command line asks for the labels command (its first argument is "labels").
bool isLabelsCommand(int argc, char **argv);
// Runs it and returns the process exit code. Creates its own QGuiApplication: call it before
// any other application object exists.
int runLabelsCommand(int argc, char **argv);
