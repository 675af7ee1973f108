// A banner above a view that says what happened and what to do, with the technical details
// (Qt's error text, request id) behind a "Details" disclosure rather than in the person's face.
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &headline, const QString &advice,
                     const QString &details = QString());
    QString headline() const;
    QString advice() const;
    Kind kind() const { return m_kind; }

private:
    void setDetailsVisible(bool visible);

    Kind m_kind = Kind::Information;
    QLabel *m_mark;
    QLabel *m_headline;
    QLabel *m_advice;
    QToolButton *m_detailsButton;
    QLabel *m_details;
};
