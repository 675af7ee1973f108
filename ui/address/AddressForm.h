// The fields of an emergency address, in the order a person reads one: company, house number,
// street, the dispatchable-location detail (building, floor, suite, room), city, state or
// province, ZIP or postal code, country, and a note. Country-aware labels and lists. Each field
// shows its problem under it, in words with a mark, as the admin types. Every change goes onto
// the editor's QUndoStack; keystrokes in one field merge into one step.
#pragma once

#include "address/AddressDraft.h"
#include "domain/FieldError.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QUndoStack;

class AddressForm : public QWidget
{
    Q_OBJECT
public:
    // `undo` is not owned; every edit is pushed there.
    AddressForm(QUndoStack *undo, QWidget *parent = nullptr);

    // Shows `draft` without an undo step (the starting point).
    void setDraft(const AddressDraft &draft);
    AddressDraft draft() const { return m_draft; }
    // Replaces the address as one undo step named `undoText` (a paste, the corrected form).
    // Fields not shown in the form (such as a street type before the name) are kept too.
    void replaceCivic(const CivicAddress &civic, const QString &undoText,
                      const QString &companyName = QString());

    void setReadOnly(bool readOnly);
    // Required fields are only flagged once touched, or after this (Save or Validate pressed).
    void setShowAllProblems(bool show);
    // The problems currently shown next to fields.
    QList<FieldError> problems() const { return m_shown; }
    // All problems of the typed address, shown or not.
    QList<FieldError> allProblems() const;
    // The widget of a field by its JSON name (companyName, locationNote or a CLDXF name).
    QWidget *fieldWidget(const QString &field) const;
    // Focuses the first field with a problem; false when there is none.
    bool focusFirstProblem();
    // The first field that needs input, for initial focus.
    QWidget *firstEmptyField() const;

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Field
    {
        QString key;
        QLineEdit *edit = nullptr;
        QComboBox *combo = nullptr;
        QLabel *label = nullptr;
        QLabel *error = nullptr;
    };

    QLineEdit *addLine(const QString &key, int maxLength);
    void addRow(class QFormLayout *form, const QString &key, QWidget *widget);
    QString value(const QString &key) const;
    void storeValue(const QString &key, const QString &value);
    // Shows a value in its widget without pushing a command (undo, redo, setDraft).
    void applyValue(const QString &key, const QString &value);
    void userEdited(const QString &key, const QString &value);
    void fillStates(const QString &country);
    void selectState(const QString &code);
    void relabel();
    void refreshProblems();
    int mergeIdOf(const QString &key) const;

    QUndoStack *m_undo;
    AddressDraft m_draft;
    QList<Field> m_fields;
    QHash<QString, int> m_index;
    QSet<QString> m_touched;
    QList<FieldError> m_shown;
    QLabel *m_detailWarning = nullptr;
    bool m_showAll = false;
    bool m_applying = false; // true while a value is shown, not typed
    bool m_readOnly = false;
};
