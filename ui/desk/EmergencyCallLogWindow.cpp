#include "EmergencyCallLogWindow.h"

#include "calls/CallLocationText.h"
#include "calls/EmergencyCallFeed.h"
#include "models/EmergencyCallLogModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

EmergencyCallLogWindow::EmergencyCallLogWindow(EmergencyCallFeed &feed,
                                               EmergencyCallLogModel &model, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_feed(feed)
    , m_model(model)
{
    setObjectName(QStringLiteral("emergencyCallLogWindow"));
    setWindowTitle(tr("Emergency Calls"));
    auto *layout = new QVBoxLayout(this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("feedState"));
    layout->addWidget(m_state);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("callLogView"));
    m_view->setModel(&m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    // Every column as wide as what it shows; the location verdict takes what is left.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(EmergencyCallLogModel::Location,
                                                     QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Emergency call log"));
    layout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("callDetail"));
    m_detail->setWordWrap(true);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 4);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_acknowledge = new QPushButton(tr("&Acknowledge"), this);
    m_acknowledge->setObjectName(QStringLiteral("logAcknowledgeButton"));
    bottom->addWidget(m_detail, 1);
    bottom->addWidget(m_acknowledge, 0, Qt::AlignTop);
    layout->addLayout(bottom);
    connect(&m_feed, &EmergencyCallFeed::stateChanged, this,
            &EmergencyCallLogWindow::showFeedState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EmergencyCallLogWindow::showSelection);
    connect(&m_model, &QAbstractItemModel::dataChanged, this,
            &EmergencyCallLogWindow::showSelection);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            emit acknowledgeRequested(m_model.callAt(current.row()).id);
    });
    showFeedState();
    showSelection();
    resize(1000, 560);
}

void EmergencyCallLogWindow::selectCall(const QString &callId)
{
    const int row = m_model.rowOf(callId);
    if (row >= 0)
        m_view->selectRow(row);
}

void EmergencyCallLogWindow::showFeedState()
{
    switch (m_feed.state()) {
    case EmergencyCallFeed::State::Live:
        m_state->setText(tr("Live: new emergency calls appear here and raise an alert at once."));
        break;
    case EmergencyCallFeed::State::Loading:
        m_state->setText(tr("Loading the recent calls…"));
        break;
    case EmergencyCallFeed::State::Reconnecting:
        m_state->setText(tr("<b>Not live</b>: reconnecting to the backend (%1). Calls made "
                            "meanwhile will appear once it answers.")
                             .arg(m_feed.lastError().toHtmlEscaped()));
        break;
    case EmergencyCallFeed::State::Stopped:
        m_state->setText(tr("The live call feed is off."));
        break;
    }
}

void EmergencyCallLogWindow::showSelection()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->setText(tr("Select a call to see where Teams said the caller was."));
        m_acknowledge->setEnabled(false);
        return;
    }
    const EmergencyCall &call = m_model.callAt(current.row());
    const QString sent = call.sentAddressLine();
    const QString registered = call.registeredAddressLine();
    m_detail->setText(tr("<b>Teams sent:</b> %1<br><b>Registered:</b> %2<br>%3")
                          .arg(sent.isEmpty() ? tr("no location") : sent.toHtmlEscaped(),
                               registered.isEmpty() ? tr("none") : registered.toHtmlEscaped(),
                               CallLocationText::verdict(call).toHtmlEscaped()));
    m_acknowledge->setEnabled(!call.isAcknowledged() && !call.isTest);
}
