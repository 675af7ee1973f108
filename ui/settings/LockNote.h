// The marker next to a setting the organisation decides: a padlock and the words "Set by your
// organisation" (never colour alone), and a way to put a field under it. Also the line that
// reports an invalid managed value under its field.
#pragma once

#include <QWidget>

class QLabel;

class LockNote : public QWidget
{
    Q_OBJECT
public:
    explicit LockNote(QWidget *parent = nullptr);

    // A padlock drawn in the palette's text colour, so it follows dark and high-contrast themes.
    static QPixmap lockPixmap(const QWidget *widget, int size);
};

// A warning icon and one sentence, for a managed value that is not valid.
class ProblemNote : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemNote(const QString &message, QWidget *parent = nullptr);
    QString message() const;

private:
    QLabel *m_text;
};
