#include "AuditTrailDialog.h"

#include "AuditTrailView.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

AuditTrailDialog::AuditTrailDialog(AppSession *session, const QString &tenantId, QWidget *parent)
    : QDialog(parent)
    , m_view(new AuditTrailView(session, tenantId, this))
{
    setObjectName(QStringLiteral("auditTrailDialog"));
    setWindowTitle(tr("Audit Trail"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the audit trail"));
    // Return in a filter field applies the filter; it must not close the window.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1280, 720);
}
