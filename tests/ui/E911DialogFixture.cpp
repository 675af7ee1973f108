// The shared set-up of the E911 dialog tests (see E911DialogFixture.h).
#include "E911DialogFixture.h"
#include "SyncedCache.h"

#include "AddressPicker.h"
#include "domain/E911Eligibility.h"

#include <QApplication>
#include <QLineEdit>
#include <QSqlQuery>

namespace {
const QString ackId = QStringLiteral("test-ack");
} // namespace

void saveScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DISPATCHABLE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

void E911DialogFixture::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_backend.start({QStringLiteral("--demo"), QStringLiteral("--tenants"),
                             QStringLiteral("4"), QStringLiteral("--dids"), QStringLiteral("1200"),
                             QStringLiteral("--provision-delay-ms"), QStringLiteral("200")}));
    QString why;
    m_cache = syncedCache(m_backend, m_backend.token(QStringLiteral("staff")),
                          m_dir.filePath(QStringLiteral("profile.sqlite")), &why);
    QVERIFY2(m_cache, qPrintable(why));
    QVERIFY(m_cache->priceList().has_value());
    // The tenant whose data include the cases to test: non-US and toll-free numbers, and an
    // address that cannot be used (the demo's Toronto office).
    for (const Tenant &t : m_cache->tenants()) {
        m_tenant = t.id;
        const QList<EmergencyAddress> addresses = m_cache->addresses(t.id);
        const bool unusableAddress =
            std::any_of(addresses.cbegin(), addresses.cend(), [](const EmergencyAddress &a) {
                return e911AddressEligibilityOf(a) != AddressEligibility::Eligible;
            });
        if (unusableAddress && !numbers(nonUs, 1).isEmpty() &&
            !numbers(QStringLiteral("toll_free = 1"), 1).isEmpty())
            break;
        m_tenant.clear();
    }
    QVERIFY2(!m_tenant.isEmpty(), "the demo data has no tenant with non-US and toll-free numbers");
}

void E911DialogFixture::init()
{
    // A fresh outbox per test: what a test queued is all there is to check.
    m_outboxDir = std::make_unique<QTemporaryDir>();
    m_outbox = std::make_unique<Outbox>();
    QString error;
    QVERIFY2(m_outbox->open(m_outboxDir->filePath(QStringLiteral("outbox.sqlite")), &error),
             qPrintable(error));
    setAcknowledged(true);
}

void E911DialogFixture::cleanup()
{
    m_outbox.reset();
    m_outboxDir.reset();
}

QStringList E911DialogFixture::numbers(const QString &where, int limit)
{
    QSqlQuery q(m_cache->database());
    q.prepare(QStringLiteral("SELECT number FROM dids WHERE tenant_id = ? AND %1"
                             " ORDER BY number LIMIT %2")
                  .arg(where)
                  .arg(limit));
    q.addBindValue(m_tenant);
    QStringList out;
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

void E911DialogFixture::setAcknowledged(bool acknowledged, const QString &version)
{
    QVERIFY(m_cache->begin());
    if (acknowledged)
        QVERIFY(m_cache->upsertAcknowledgement(
            {ackId, m_tenant, version, QStringLiteral("u-1"), QStringLiteral("ada@contoso.test"),
             QDateTime(QDate(2026, 11, 3), QTime(10, 42), Qt::UTC)},
            1));
    else
        QVERIFY(m_cache->deleteAcknowledgement(ackId));
    QVERIFY(m_cache->commit());
}

QList<OutboxEntry> E911DialogFixture::entriesFromDisk() const
{
    // A second connection, as another process would see the committed rows.
    Outbox reader;
    QString error;
    if (!reader.open(m_outbox->path(), &error, Outbox::Mode::ReadOnly))
        qWarning("%s", qPrintable(error));
    return reader.entries();
}

QString E911DialogFixture::firstUsableAddress()
{
    for (const EmergencyAddress &a : m_cache->addresses(m_tenant))
        if (e911AddressEligibilityOf(a) == AddressEligibility::Eligible)
            return a.id;
    return {};
}

std::unique_ptr<E911EnableDialog> E911DialogFixture::confirmationFor(const QStringList &selection)
{
    auto dialog = std::make_unique<E911EnableDialog>(*m_cache, *m_outbox, m_tenant,
                                                     QStringLiteral("Test tenant"), selection);
    dialog->show();
    if (!QTest::qWaitForWindowActive(dialog.get()) ||
        dialog->currentPage() != E911EnableDialog::AddressPage)
        return nullptr;
    // Enter in the search field moves to the first eligible address, Enter there goes on.
    auto *search = child<QLineEdit>(dialog.get(), "addressSearch");
    if (QApplication::focusWidget() != search)
        return nullptr;
    QTest::keyClick(search, Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    if (dialog->currentPage() != E911EnableDialog::ConfirmPage)
        return nullptr;
    return dialog;
}
