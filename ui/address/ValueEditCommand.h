// One undoable change in the address editor: a field's text, the state or country chosen, or
// the map pin. Consecutive changes with the same merge id (keystrokes in one field, one pin
// nudged several times) become one undo step.
#pragma once

#include <QUndoCommand>
#include <QVariant>

#include <functional>

class ValueEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const QVariant &)>;

    // `mergeId` -1: never merged. `apply` shows a value; it must not push commands itself.
    ValueEditCommand(const QString &text, int mergeId, const QVariant &before,
                     const QVariant &after, Apply apply, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    int m_mergeId;
    QVariant m_before;
    QVariant m_after;
    Apply m_apply;
};
