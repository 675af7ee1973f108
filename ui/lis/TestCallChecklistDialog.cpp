// The 933 test checklist.
#include "TestCallChecklistDialog.h"

#include "DialogParts.h"
#include "MessageBanner.h"
#include "TestCallRecordDialog.h"
#include "models/TestChecklistModel.h"
#include "session/AppSession.h"
#include "store/Cache.h"
#include "sync/SyncEngine.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

TestCallChecklistDialog::TestCallChecklistDialog(AppSession *session, const QString &tenantId,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tenantId(tenantId)
    , m_model(new TestChecklistModel(this))
    , m_summary(wrappedLabel(QString(), this, QStringLiteral("checklistSummary")))
    , m_view(new QTableView(this))
    , m_recordButton(
          deliberateButton(tr("&Record Test Call…"), QStringLiteral("recordButton"), this))
{
    setObjectName(QStringLiteral("testCallChecklist"));
    const QString tenantName = session->cache()->tenantName(tenantId, tenantId);
    setWindowTitle(tr("933 Test Calls — %1").arg(tenantName));
    auto *layout = new QVBoxLayout(this);
    if (!session->canWrite()) {
        auto *banner = new MessageBanner(this);
        banner->setObjectName(QStringLiteral("readOnlyBanner"));
        banner->showMessage(MessageBanner::Kind::Information,
                            tr("Read-only: you are signed in as an auditor."),
                            tr("You can see which places and numbers were tested, not record "
                               "calls."));
        layout->addWidget(banner);
    }
    layout->addWidget(wrappedLabel(
        tr("A place or number counts as tested when its latest 933 call passed at the address it "
           "has now. Editing the address, or moving the number to another one, makes it "
           "untested until someone calls again."),
        this));
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_summary->setFont(big);
    layout->addWidget(m_summary);

    m_view->setAccessibleName(tr("Places and numbers to test"));
    m_view->setObjectName(QStringLiteral("checklistTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(TestChecklistModel::SubjectColumn, 280);
    m_view->setColumnWidth(TestChecklistModel::AddressColumn, 280);
    m_view->setColumnWidth(TestChecklistModel::StateColumn, 230);
    m_view->setColumnWidth(TestChecklistModel::ReasonColumn, 330);
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    m_recordButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_recordButton->setToolTip(tr("Record a 933 call for the selected place or number (Ctrl+R)"));
    m_recordButton->setEnabled(session->canWrite());
    auto *close = deliberateButton(tr("&Close"), QStringLiteral("closeButton"), this);
    buttons->addWidget(m_recordButton);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(m_recordButton, &QPushButton::clicked, this, &TestCallChecklistDialog::recordTestCall);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_view, &QTableView::activated, this, &TestCallChecklistDialog::recordTestCall);
    connect(session->syncEngine(), &SyncEngine::changesApplied, this,
            &TestCallChecklistDialog::applyChanges);
    reload();
    resize(1320, 640);
    m_view->setFocus();
}

void TestCallChecklistDialog::reload()
{
    const QModelIndex current = m_view->currentIndex();
    const QString id =
        current.isValid() ? current.data(TestChecklistModel::IdRole).toString() : QString();
    m_model->reload(*m_session->cache(), m_tenantId);
    const TestCoverageSummary &s = m_model->summary();
    m_summary->setText(
        s.total() == 0
            ? tr("Nothing to test yet: add places in the address editor, or register numbers "
                 "with 911.")
            : tr("Tested: %1 of %2 (%3 %) · Untested: %4")
                  .arg(QLocale().toString(s.tested()), QLocale().toString(s.total()),
                       QString::number(s.testedPercent()), QLocale().toString(s.untested())));
    for (int row = 0; !id.isEmpty() && row < m_model->rowCount(); ++row)
        if (m_model->item(row).id == id)
            m_view->setCurrentIndex(m_model->index(row, 0));
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void TestCallChecklistDialog::applyChanges(const CacheChangeSet &changes)
{
    if (changes.reloaded || changes.testCallTenants.contains(m_tenantId) ||
        changes.placeTenants.contains(m_tenantId) || changes.tenants.contains(m_tenantId) ||
        !changes.addresses.isEmpty() || !changes.deletedAddresses.isEmpty())
        reload();
}

void TestCallChecklistDialog::recordTestCall()
{
    if (!m_session->canWrite() || m_model->rowCount() == 0)
        return;
    QList<TestCallRecordDialog::Subject> subjects;
    subjects.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const CoverageItem &item = m_model->item(row);
        subjects.append({item.subject == CoverageItem::Subject::Place, item.id,
                         m_model->subjectText(row),
                         item.addressId.isEmpty() ? QString() : m_model->addressText(row)});
    }
    const int current = std::max(0, m_view->currentIndex().row());
    const QString caller = m_session->userDisplayName().isEmpty() ? m_session->userEmail()
                                                                  : m_session->userDisplayName();
    TestCallRecordDialog dialog(*m_session->outbox(), m_tenantId, subjects, current, caller, this);
    dialog.exec();
}
