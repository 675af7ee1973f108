// "Record Test Call…": what a person writes in the 933 log book after dialling the test number:
// who called, when, from which place or number, the address the service read back (prefilled
// with the address on record, to compare while listening), pass or fail, and a note. Pass or
// fail is never preselected. Recording queues the call in the outbox; records are never edited,
// a wrong one is corrected by recording another.
#pragma once

#include "lis/TestCall.h"

#include <QDialog>

class Outbox;
class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

class TestCallRecordDialog : public QDialog
{
    Q_OBJECT
public:
    struct Subject
    {
        bool isPlace = true;
        QString id;              // place id or E.164 number
        QString text;            // as the checklist names it
        QString expectedAddress; // the address on record, one line
    };

    TestCallRecordDialog(Outbox &outbox, const QString &tenantId, const QList<Subject> &subjects,
                         int current, const QString &caller, QWidget *parent = nullptr);

    // The call as the form holds it; `problems` lists what is missing.
    TestCall testCall(QStringList *problems = nullptr) const;
    QComboBox *subjectCombo() const { return m_subject; }
    QLineEdit *calledByEdit() const { return m_calledBy; }
    QPlainTextEdit *readBackEdit() const { return m_readBack; }
    QRadioButton *passButton() const { return m_pass; }
    QRadioButton *failButton() const { return m_fail; }

public slots:
    bool record();

private:
    void subjectChanged();

    Outbox &m_outbox;
    QString m_tenantId;
    QList<Subject> m_subjects;
    QComboBox *m_subject;
    QLabel *m_expected;
    QLineEdit *m_calledBy;
    QDateTimeEdit *m_calledAt;
    QPlainTextEdit *m_readBack;
    QRadioButton *m_pass;
    QRadioButton *m_fail;
    QButtonGroup *m_result;
    QLineEdit *m_note;
    QLabel *m_problems;
};
