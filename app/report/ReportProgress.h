// How far a long report has been written, and the way to stop it. The writers call step() after
// each page (PDF) or block of rows (CSV); when the callback answers false the writer stops, the
// file is not written (it appears whole or not at all) and cancelled() tells the caller why.
#pragma once

#include <QtGlobal>

#include <functional>

class ReportProgress
{
public:
    using Callback = std::function<bool(qsizetype done, qsizetype total)>;

    ReportProgress() = default;
    explicit ReportProgress(Callback callback)
        : m_callback(std::move(callback))
    {}

    // False when the caller asked to stop; remembered, so later steps stop at once too.
    bool step(qsizetype done, qsizetype total) const
    {
        if (!m_cancelled && m_callback && !m_callback(done, total))
            m_cancelled = true;
        return !m_cancelled;
    }
    bool cancelled() const { return m_cancelled; }

private:
    Callback m_callback;
    mutable bool m_cancelled = false;
};
