// `dispatchable report --tenant ID --format pdf|csv --out FILE`: a tenant's compliance report
// from the command line, for scheduled audits. Runs headless (no window, no widgets): it signs in
// with the saved connection profile and the token in the keychain (or starts the demo backend
// with --demo), syncs the offline cache, and writes the report from the cache even when the
// backend cannot be reached, saying so. Exit codes: ReportExitCode (docs/reports.md).
#pragma once

// True when the command line asks for the report command (its first argument is "report").
bool isReportCommand(int argc, char **argv);
// Runs it and returns the process exit code. Creates its own QGuiApplication: call it before
// any other application object exists.
int runReportCommand(int argc, char **argv);
