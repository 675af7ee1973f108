#include "ValueEditCommand.h"

ValueEditCommand::ValueEditCommand(const QString &text, int mergeId, const QVariant &before,
                                   const QVariant &after, Apply apply, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_mergeId(mergeId)
    , m_before(before)
    , m_after(after)
    , m_apply(std::move(apply))
{}

void ValueEditCommand::undo()
{
    m_apply(m_before);
}

void ValueEditCommand::redo()
{
    m_apply(m_after);
}

bool ValueEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ValueEditCommand *>(other);
    if (!next || next->m_mergeId != m_mergeId)
        return false;
    m_after = next->m_after;
    // Typing a character and deleting it again leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}
