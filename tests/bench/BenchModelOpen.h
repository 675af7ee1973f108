// Opens a tenant in DidModel as the window does and times it: until its first rows show, until
// every row is in, and the longest time the event loop was busy meanwhile (the window's stall).
#pragma once

#include "models/DidModel.h"

#include <QAbstractEventDispatcher>
#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>

struct ModelOpenTimes
{
    double firstRowsMs = 0;    // rows to look at
    double allRowsMs = 0;      // every row in, filter index built
    double longestStallMs = 0; // the longest stretch without returning to the event loop
};

inline ModelOpenTimes openTenantTimed(DidModel &model, const QString &tenantId)
{
    ModelOpenTimes times;
    times.firstRowsMs = -1;
    QElapsedTimer clock;
    clock.start();
    const auto msNow = [&clock] { return double(clock.nsecsElapsed()) / 1e6; };
    double awakeAt = -1;
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    const auto awake =
        QObject::connect(dispatcher, &QAbstractEventDispatcher::awake, [&] { awakeAt = msNow(); });
    const auto blocking =
        QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, [&] {
            if (awakeAt >= 0)
                times.longestStallMs = std::max(times.longestStallMs, msNow() - awakeAt);
            awakeAt = -1;
        });
    const auto inserted = QObject::connect(&model, &QAbstractItemModel::rowsInserted, [&] {
        if (times.firstRowsMs < 0)
            times.firstRowsMs = msNow();
    });
    model.setTenant(tenantId);
    times.longestStallMs = msNow(); // setTenant itself holds the window this long
    if (times.firstRowsMs < 0 && model.rowCount() > 0)
        times.firstRowsMs = times.longestStallMs;
    if (model.isLoading()) {
        QEventLoop loop;
        QObject::connect(&model, &DidModel::loaded, &loop, &QEventLoop::quit);
        loop.exec();
    }
    times.allRowsMs = msNow();
    if (times.firstRowsMs < 0)
        times.firstRowsMs = times.allRowsMs;
    QObject::disconnect(awake);
    QObject::disconnect(blocking);
    QObject::disconnect(inserted);
    return times;
}
