// The --graph-* options of dispatchable-server: how it reaches Microsoft Graph for
// emergency-call events (see docs/emergency-calls.md).
#pragma once

#include "GraphOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

class GraphCommandLine
{
public:
    // Adds the options to `parser`.
    explicit GraphCommandLine(QCommandLineParser &parser);
    // Reads them after parser.process(); nullopt with *error on a bad value.
    std::optional<GraphOptions> read(const QCommandLineParser &parser, QString *error) const;

private:
    QCommandLineOption m_clientId;
    QCommandLineOption m_secretFile;
    QCommandLineOption m_notificationUrl;
    QCommandLineOption m_baseUrl;
    QCommandLineOption m_loginUrl;
    QCommandLineOption m_keeperInterval;
};
