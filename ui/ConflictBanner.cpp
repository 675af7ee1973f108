// Conflicts stay in the outbox (open, not sent) until someone decides; the banner keeps them in
// sight until then.
#include "ConflictBanner.h"

#include "ConflictDialog.h"
#include "store/Outbox.h"
#include "sync/OutboxSender.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

ConflictBanner::ConflictBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_review(new QPushButton(tr("&Compare…"), this))
{
    setObjectName(QStringLiteral("conflictBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce)); // amber, as other warnings
    p.setColor(QPalette::WindowText, Qt::black); // readable on amber in dark palettes too
    setPalette(p);
    m_text->setObjectName(QStringLiteral("conflictText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_review->setObjectName(QStringLiteral("reviewConflictButton"));
    m_review->setAccessibleName(tr("Compare your change with theirs"));
    m_review->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_review);
    connect(m_review, &QPushButton::clicked, this, &ConflictBanner::review);
    hide();
}

void ConflictBanner::setSources(Cache *cache, Outbox *outbox, OutboxSender *sender)
{
    m_cache = cache;
    m_outbox = outbox;
    m_sender = sender;
    connect(outbox, &Outbox::entryChanged, this, &ConflictBanner::refresh);
    refresh();
}

QString ConflictBanner::headline() const
{
    return m_text->text();
}

void ConflictBanner::refresh()
{
    m_entryId = 0;
    int count = 0;
    QString item;
    if (m_outbox)
        for (const OutboxEntry &e : m_outbox->entries())
            if (e.state == OutboxState::Conflict) {
                if (++count == 1) {
                    m_entryId = e.id;
                    item = ConflictDialog::itemName(e);
                }
            }
    if (count == 0) {
        hide();
        return;
    }
    m_text->setText(count == 1 ? tr("⚠ Changed by someone else: %1. Your change waits until you "
                                    "choose which version stays.")
                                     .arg(item)
                               : tr("⚠ Changed by someone else: %1 and %Ln more. Your changes "
                                    "wait until you choose which versions stay.",
                                    nullptr, count - 1)
                                     .arg(item));
    m_review->setAccessibleDescription(m_text->text());
    show();
}

void ConflictBanner::review()
{
    if (!m_outbox || !m_sender || m_entryId == 0)
        return;
    const std::optional<OutboxEntry> entry = m_outbox->entry(m_entryId);
    if (!entry || entry->state != OutboxState::Conflict) {
        refresh();
        return;
    }
    ConflictDialog dialog(*entry, m_cache, this);
    if (dialog.exec() != QDialog::Accepted || dialog.choice() == ConflictDialog::Choice::Undecided)
        return;
    QString error;
    const bool ok = m_sender->resolveConflict(entry->id,
                                              dialog.choice() == ConflictDialog::Choice::KeepMine
                                                  ? OutboxSender::Resolution::KeepMine
                                                  : OutboxSender::Resolution::KeepTheirs,
                                              &error);
    if (!ok)
        QMessageBox::warning(this, tr("Changed by someone else"), error);
    refresh();
}
