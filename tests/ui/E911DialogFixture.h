// The fixture of the E911 dialog tests: a cache filled by a real sync from dispatchable-server
// (4 tenants, 1,200 numbers), the tenant whose data hold every case (non-US and toll-free numbers,
// an address that cannot carry E911), a fresh outbox per test, and helpers to pick numbers and
// walk the enable dialog. With DISPATCHABLE_SCREENSHOT_DIR set, dialogs are saved there as PNGs.
#pragma once

#include "E911EnableDialog.h"
#include "TestBackend.h"
#include "domain/Limitations.h"
#include "store/Cache.h"
#include "store/Outbox.h"

#include <QTemporaryDir>
#include <QWidget>
#include <QtTest>

#include <memory>

// Numbers outside the US and its territories, by libphonenumber region as the cache stores it.
inline const QString nonUs = QStringLiteral("country NOT IN ('US', 'PR', 'VI', 'GU', 'AS', 'MP')");

void saveScreenshot(QWidget *w, const QString &name);

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1StringView(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

class E911DialogFixture : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

protected:
    QStringList numbers(const QString &where, int limit);
    void setAcknowledged(bool acknowledged, const QString &version = limitations::currentVersion);
    // Opens the enable dialog and walks it to the confirmation at the first eligible address.
    std::unique_ptr<E911EnableDialog> confirmationFor(const QStringList &selection);
    QList<OutboxEntry> entriesFromDisk() const;
    QString firstUsableAddress();

    TestBackend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<Cache> m_cache;
    QString m_tenant;
    std::unique_ptr<QTemporaryDir> m_outboxDir;
    std::unique_ptr<Outbox> m_outbox;
};
