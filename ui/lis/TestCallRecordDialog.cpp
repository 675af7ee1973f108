// The form that records one 933 test call.
#include "TestCallRecordDialog.h"

#include "DialogParts.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

TestCallRecordDialog::TestCallRecordDialog(Outbox &outbox, const QString &tenantId,
                                           const QList<Subject> &subjects, int current,
                                           const QString &caller, QWidget *parent)
    : QDialog(parent)
    , m_outbox(outbox)
    , m_tenantId(tenantId)
    , m_subjects(subjects)
{
    setObjectName(QStringLiteral("testCallRecordDialog"));
    setWindowTitle(tr("Record 933 Test Call"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(
        tr("Dial 933 from the place or number, listen to the address the service reads back, "
           "and write down what you heard. A record cannot be changed later; a wrong one is "
           "corrected by recording another."),
        this));
    auto *form = new QFormLayout;
    m_subject = new QComboBox(this);
    m_subject->setObjectName(QStringLiteral("subjectCombo"));
    m_subject->setAccessibleName(tr("Place or number tested"));
    for (const Subject &s : subjects)
        m_subject->addItem(s.text);
    m_subject->setCurrentIndex(current);
    form->addRow(tr("&Tested:"), m_subject);
    m_expected = wrappedLabel(QString(), this, QStringLiteral("expectedAddress"));
    form->addRow(tr("Address on record:"), m_expected);

    m_calledBy = new QLineEdit(caller, this);
    m_calledBy->setObjectName(QStringLiteral("calledByEdit"));
    m_calledBy->setAccessibleName(tr("Who made the call"));
    form->addRow(tr("Called &by:"), m_calledBy);
    m_calledAt = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_calledAt->setObjectName(QStringLiteral("calledAtEdit"));
    m_calledAt->setAccessibleName(tr("When the call was made"));
    m_calledAt->setCalendarPopup(true);
    m_calledAt->setMaximumDateTime(QDateTime::currentDateTime().addSecs(300));
    form->addRow(tr("Called &at:"), m_calledAt);
    m_readBack = new QPlainTextEdit(this);
    m_readBack->setObjectName(QStringLiteral("readBackEdit"));
    m_readBack->setAccessibleName(tr("Address read back"));
    m_readBack->setAccessibleDescription(
        tr("Prefilled with the address on record; change it to what the service read back."));
    m_readBack->setTabChangesFocus(true);
    m_readBack->setFixedHeight(64);
    form->addRow(tr("Address &read back:"), m_readBack);

    auto *resultRow = new QHBoxLayout;
    m_pass = new QRadioButton(tr("✔ &Pass: the address was right"), this);
    m_pass->setObjectName(QStringLiteral("passButton"));
    m_fail = new QRadioButton(tr("✖ &Fail: wrong or no address"), this);
    m_fail->setObjectName(QStringLiteral("failButton"));
    m_result = new QButtonGroup(this);
    m_result->addButton(m_pass);
    m_result->addButton(m_fail);
    resultRow->addWidget(m_pass);
    resultRow->addWidget(m_fail);
    resultRow->addStretch(1);
    form->addRow(tr("Result:"), resultRow);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setAccessibleName(tr("Note"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);

    m_problems = wrappedLabel(QString(), this, QStringLiteral("problemsLabel"));
    m_problems->hide();
    layout->addWidget(m_problems);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = deliberateButton(tr("Cancel"), QStringLiteral("cancelButton"), this);
    auto *save = deliberateButton(tr("Re&cord"), QStringLiteral("recordButton"), this);
    save->setShortcut(QKeySequence::Save);
    save->setToolTip(tr("Queue the record for the backend (Ctrl+S)"));
    buttons->addWidget(cancel);
    buttons->addWidget(save);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &TestCallRecordDialog::record);
    connect(m_subject, &QComboBox::currentIndexChanged, this,
            &TestCallRecordDialog::subjectChanged);
    subjectChanged();
    resize(640, 420);
    (caller.isEmpty() ? static_cast<QWidget *>(m_calledBy) : m_readBack)->setFocus();
}

void TestCallRecordDialog::subjectChanged()
{
    const int i = m_subject->currentIndex();
    const QString expected = i >= 0 ? m_subjects.at(i).expectedAddress : QString();
    m_expected->setText(expected.isEmpty() ? tr("(none on record)") : expected);
    m_readBack->setPlainText(expected);
}

TestCall TestCallRecordDialog::testCall(QStringList *problems) const
{
    TestCall call;
    call.tenantId = m_tenantId;
    const int i = m_subject->currentIndex();
    if (i >= 0) {
        const Subject &s = m_subjects.at(i);
        (s.isPlace ? call.placeId : call.number) = s.id;
    }
    call.calledBy = m_calledBy->text().trimmed();
    call.calledAt = m_calledAt->dateTime().toUTC();
    call.readBack = m_readBack->toPlainText().trimmed();
    call.result = m_fail->isChecked() ? TestCallResult::Fail : TestCallResult::Pass;
    call.note = m_note->text().trimmed();
    if (problems) {
        if (i < 0)
            problems->append(tr("Choose the place or number you tested."));
        if (call.calledBy.isEmpty())
            problems->append(tr("Say who made the call."));
        if (call.readBack.isEmpty())
            problems->append(tr("Write down the address that was read back."));
        if (!m_result->checkedButton())
            problems->append(tr("Choose Pass or Fail."));
    }
    return call;
}

bool TestCallRecordDialog::record()
{
    QStringList problems;
    const TestCall call = testCall(&problems);
    QString error;
    if (problems.isEmpty() && !m_outbox.enqueue(outbox::testCallRecord(call), &error))
        problems.append(tr("The record could not be written to the outbox: %1").arg(error));
    if (!problems.isEmpty()) {
        m_problems->setText(QString(QStringLiteral("✖ ") + problems.join(QStringLiteral("\n✖ "))));
        m_problems->show();
        return false;
    }
    accept();
    return true;
}
