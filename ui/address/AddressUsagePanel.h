// The numbers that use an emergency address, from the offline copy, and what an edit does to
// them: they are registered again at the edited address, pending until the 911 provider
// confirms, with their monthly fee unchanged.
#pragma once

#include <QGroupBox>

class Cache;
class QLabel;
class QListWidget;

class AddressUsagePanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit AddressUsagePanel(QWidget *parent = nullptr);

    // `addressId` empty: a new address, used by nothing yet.
    void showUsage(Cache *cache, const QString &addressId);
    qint64 count() const { return m_count; }

private:
    QLabel *m_text;
    QListWidget *m_list;
    qint64 m_count = 0;
};
