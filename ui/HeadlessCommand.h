// What the headless commands (`dispatchable report`, `dispatchable labels`) share: an
// application that renders without a display, plain output for scripts, and the output-path
// check made before any slow work.
#pragma once

#include "report/ReportExitCode.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QString>

#include <cstdio>
#include <memory>
#include <optional>

// A QGuiApplication named as the desktop app (so it reads the same settings and data), made to
// render offscreen when there is no display. `argc` must outlive it.
std::unique_ptr<QGuiApplication> startHeadlessApplication(int &argc, char **argv);
// Writes one line and flushes, so a scheduled run's log keeps the order of events.
void printTo(FILE *stream, const QString &text);
// Prints `message` to stderr; returns the exit code.
int failWith(ReportExitCode code, const QString &message);
// The exit code when the arguments do not parse (after saying why, behind `messagePrefix`) or
// --help was asked for (after printing it); nullopt when the command should run.
std::optional<int> usageExit(QCommandLineParser &parser, const QString &messagePrefix);
// Whether `path` can be written (created or replaced).
bool isWritable(const QString &path);
