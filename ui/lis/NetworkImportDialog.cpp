// The network map's CSV import: dry run, then apply.
#include "NetworkImportDialog.h"

#include "DialogParts.h"
#include "NetworkImportPreviewModel.h"
#include "session/AppSession.h"
#include "store/Cache.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"
#include "sync/SyncEngine.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using csvimport::NetworkRowAction;

namespace {
// Case and spacing ignored, as the plan matches places.
QString looseKey(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace())
            out.append(c.toLower());
    return out;
}

bool samePlace(const Place &a, const QString &addressId, const Place &b)
{
    return a.addressId == addressId && looseKey(a.building) == looseKey(b.building) &&
           looseKey(a.floor) == looseKey(b.floor) && looseKey(a.room) == looseKey(b.room);
}
} // namespace

NetworkImportDialog::NetworkImportDialog(AppSession *session, const QString &tenantId,
                                         QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tenantId(tenantId)
    , m_path(new QLineEdit(this))
    , m_summary(wrappedLabel(QString(), this, QStringLiteral("importSummary")))
    , m_state(wrappedLabel(QString(), this, QStringLiteral("applyState")))
    , m_preview(new NetworkImportPreviewModel(this))
    , m_view(new QTableView(this))
    , m_applyButton(deliberateButton(tr("&Apply Good Rows"), QStringLiteral("applyButton"), this))
{
    setObjectName(QStringLiteral("networkImportDialog"));
    setWindowTitle(tr("Import Network Map from CSV"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(
        tr("Add subnets, Wi-Fi access points, switches, ports and trusted IPs from a CSV file: "
           "Teams' own Get-CsOnlineLis… exports, or the simple form kind, identifier, port, "
           "address, building, floor, room, description. Every row is checked first; nothing is "
           "sent before you apply, and refused rows are left out."),
        this));
    auto *fileRow = new QHBoxLayout;
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    m_path->setAccessibleName(tr("CSV file"));
    auto *choose = deliberateButton(tr("&Choose File…"), QStringLiteral("chooseFileButton"), this);
    connect(choose, &QPushButton::clicked, this, &NetworkImportDialog::chooseFile);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);

    auto *summaryRow = new QHBoxLayout;
    auto *problemsOnly = new QCheckBox(tr("Show only rows with &problems"), this);
    problemsOnly->setObjectName(QStringLiteral("problemsOnly"));
    connect(problemsOnly, &QCheckBox::toggled, m_preview,
            &NetworkImportPreviewModel::setProblemsOnly);
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(problemsOnly);
    layout->addLayout(summaryRow);

    m_view->setObjectName(QStringLiteral("importPreview"));
    m_view->setAccessibleName(tr("What each row of the file does"));
    m_view->setModel(m_preview);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(NetworkImportPreviewModel::RowColumn, 50);
    m_view->setColumnWidth(NetworkImportPreviewModel::ActionColumn, 190);
    m_view->setColumnWidth(NetworkImportPreviewModel::ElementColumn, 220);
    m_view->setColumnWidth(NetworkImportPreviewModel::DetailColumn, 440);
    layout->addWidget(m_view, 1);
    m_state->hide();
    layout->addWidget(m_state);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *close = deliberateButton(tr("&Close"), QStringLiteral("closeButton"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    m_applyButton->setEnabled(false);
    connect(m_applyButton, &QPushButton::clicked, this, &NetworkImportDialog::apply);
    buttons->addWidget(close);
    buttons->addWidget(m_applyButton);
    layout->addLayout(buttons);
    connect(session->syncEngine(), &SyncEngine::changesApplied, this,
            &NetworkImportDialog::placesChanged);
    resize(1180, 640);
    choose->setFocus();
}

void NetworkImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Network Map"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool NetworkImportDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showState(tr("The file could not be opened: %1").arg(file.errorString()), true);
        return false;
    }
    m_path->setText(QDir::toNativeSeparators(path));
    return loadData(file.readAll());
}

bool NetworkImportDialog::loadData(const QByteArray &data)
{
    const csvimport::NetworkCsvFile file = csvimport::readNetworkCsv(data);
    if (!file.error.isEmpty()) {
        m_plan = {};
        m_preview->setPlan(m_plan);
        m_summary->clear();
        m_applyButton->setEnabled(false);
        showState(file.error, true);
        return false;
    }
    Cache &cache = *m_session->cache();
    m_plan =
        csvimport::planNetworkImport(file.rows, cache.addresses(m_tenantId),
                                     cache.places(m_tenantId), cache.networkElements(m_tenantId));
    m_preview->setPlan(m_plan);
    // Whole reasons on small files; a big file keeps one line a row (tooltips hold the rest).
    m_view->setWordWrap(m_plan.rows.size() <= 200);
    if (m_plan.rows.size() <= 200)
        m_view->resizeRowsToContents();
    m_summary->setText(summary());
    m_applied = false;
    m_waiting.clear();
    showState(QString());
    m_applyButton->setEnabled(m_plan.elementsToCreate() > 0 && m_session->canWrite());
    return true;
}

QString NetworkImportDialog::summary() const
{
    const int refused = m_plan.count(NetworkRowAction::Refused);
    const QLocale locale;
    QStringList parts{tr("To create: %1").arg(locale.toString(m_plan.elementsToCreate()))};
    if (!m_plan.newPlaces.isEmpty())
        parts.append(tr("New places: %1").arg(locale.toString(m_plan.newPlaces.size())));
    if (const int same = m_plan.count(NetworkRowAction::NoChange))
        parts.append(tr("Already there: %1").arg(locale.toString(same)));
    if (const int skip = m_plan.count(NetworkRowAction::Skip))
        parts.append(tr("Skipped: %1").arg(locale.toString(skip)));
    parts.append(refused ? tr("✖ Refused: %1").arg(locale.toString(refused)) : tr("✔ No problems"));
    return parts.join(QStringLiteral(" · "));
}

int NetworkImportDialog::waitingRows() const
{
    int rows = 0;
    for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it)
        rows += int(m_plan.newPlaces.at(it.key()).records.size());
    return rows;
}

bool NetworkImportDialog::apply()
{
    if (m_applied || !m_session->canWrite())
        return false;
    QList<NetworkElement> ready;
    QList<OutboxRequest> places;
    for (const csvimport::PlannedNetworkRow &row : std::as_const(m_plan.rows))
        if (row.action == NetworkRowAction::Create)
            ready.append(row.element);
    for (int i = 0; i < m_plan.newPlaces.size(); ++i) {
        Place place = m_plan.newPlaces.at(i).place;
        place.tenantId = m_tenantId;
        place.addressId = m_plan.newPlaces.at(i).addressId;
        places.append(outbox::placeCreate(place));
        m_waiting.insert(i, true);
    }
    QList<OutboxRequest> requests = places;
    if (!ready.isEmpty())
        requests.append(outbox::networkElementsBulk(m_tenantId, ready));
    if (requests.isEmpty())
        return false;
    QString error;
    if (m_session->outbox()->enqueue(requests, &error).isEmpty()) {
        m_waiting.clear();
        showState(tr("Nothing was queued: the outbox could not be written: %1").arg(error), true);
        return false;
    }
    m_applied = true;
    m_applyButton->setEnabled(false);
    const int waiting = waitingRows();
    showState(waiting == 0
                  ? tr("%n element(s) queued; they appear on the map after the next sync.", nullptr,
                       int(ready.size()))
                  : tr("%n element(s) queued. %1", nullptr, int(ready.size()))
                        .arg(tr("%n more wait for their new place to be created; keep this "
                                "window open until they are queued.",
                                nullptr, waiting)));
    return true;
}

void NetworkImportDialog::placesChanged(const CacheChangeSet &changes)
{
    if (m_waiting.isEmpty() || (!changes.reloaded && !changes.placeTenants.contains(m_tenantId)))
        return;
    const QList<Place> places = m_session->cache()->places(m_tenantId);
    QList<NetworkElement> ready;
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        const csvimport::NewPlace &wanted = m_plan.newPlaces.at(it.key());
        const auto found = std::find_if(places.cbegin(), places.cend(), [&](const Place &p) {
            return samePlace(p, wanted.addressId, wanted.place);
        });
        if (found == places.cend()) {
            ++it;
            continue;
        }
        for (const csvimport::PlannedNetworkRow &row : std::as_const(m_plan.rows))
            if (row.action == NetworkRowAction::CreatePlace && row.newPlace == it.key()) {
                NetworkElement e = row.element;
                e.placeId = found->id;
                ready.append(e);
            }
        it = m_waiting.erase(it);
    }
    if (ready.isEmpty())
        return;
    QString error;
    if (m_session->outbox()
            ->enqueue(outbox::networkElementsBulk(m_tenantId, ready), &error)
            .isEmpty()) {
        showState(tr("The elements of the new places could not be queued: %1. Import the same "
                     "file again; what exists is left alone.")
                      .arg(error),
                  true);
        return;
    }
    const int waiting = waitingRows();
    showState(waiting == 0 ? tr("Every good row is queued.")
                           : tr("%n row(s) still wait for their new place.", nullptr, waiting));
}

void NetworkImportDialog::showState(const QString &text, bool error)
{
    m_state->setText(error && !text.isEmpty() ? QString(QStringLiteral("✖ ") + text) : text);
    m_state->setVisible(!text.isEmpty());
}
