// The places inside one emergency address (building, floor, room or wing), shown in the address
// editor: add, edit and remove them. Each change is its own outbox entry, queued as soon as the
// small place form is saved (a place has its own version on the backend, apart from the
// address's), and the list follows sync. A new address gets places once it is saved.
#pragma once

#include "lis/Place.h"
#include "store/CacheChangeSet.h"

#include <QGroupBox>
#include <QList>

class AppSession;
class QLabel;
class QListWidget;
class QPushButton;

class PlaceEditor : public QGroupBox
{
    Q_OBJECT
public:
    PlaceEditor(AppSession *session, const QString &tenantId, const QString &addressId,
                bool readOnly, QWidget *parent = nullptr);

    void reload();
    const QList<Place> &places() const { return m_places; }
    QListWidget *list() const { return m_list; }

public slots:
    void addPlace();
    void editPlace();
    void removePlace();

private:
    // Opens the place form; true when the change was queued.
    bool editInForm(Place place);
    void applyChanges(const CacheChangeSet &changes);
    void updateButtons();

    AppSession *m_session;
    QString m_tenantId;
    QString m_addressId;
    bool m_readOnly;
    QList<Place> m_places;
    QListWidget *m_list;
    QLabel *m_note;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};
