// The Limitations page (F1): what emergency calling from Teams cannot do, and whether the
// current tenant has acknowledged the current version of the text (who, when, which version).
#pragma once

#include <QDialog>

class Cache;

class LimitationsDialog : public QDialog
{
    Q_OBJECT
public:
    // `tenantId` may be empty (no tenant selected): then no acknowledgement line is shown.
    LimitationsDialog(Cache &cache, const QString &tenantId, const QString &tenantName,
                      QWidget *parent = nullptr);

    // The acknowledgement line as shown, for tests and screen readers.
    QString acknowledgementText() const;

private:
    QString m_ackText;
};
