// Everything dispatchable-server can be told on its command line.
#pragma once

#include "graph/GraphOptions.h"
#include "http/FaultInjector.h"
#include "store/PostgresUrl.h"

#include <QHostAddress>
#include <QString>

#include <optional>

struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8443;
    QString certFile;
    QString keyFile;
    QString generateCertDir; // write a self-signed pair here and serve it
    QString dataDir;         // the SQLite database (unless `database`) and the Graph keys
    std::optional<PostgresUrl> database; // --database: PostgreSQL instead of SQLite
    bool printRoutes = false;
    bool exitWithParent = false; // end when the launcher's pipe on stdin closes
    bool demo = false;
    int demoTenants = 50;
    int demoDids = 100000;
    bool demoCalls = false;          // seed a few past calls through Teams (graph/DemoCallSeed.h)
    int provisionDelayMs = 3000;     // pending → registered/failed after this long
    double provisionFailureRate = 0; // share of registrations the simulated provider rejects
    int accessTokenTtlSeconds = 3600;
    int changeRetention = 200000; // change-log entries kept for delta sync; older tokens get 410
    double rateLimit = 0;         // requests per second per caller; 0 = unlimited
    FaultSettings faults;
    GraphOptions graph;
};
