// The pre-answer for file dialogs; see the header.
#include "DialogAnswerHook.h"

#include <QFileDialog>

#include <optional>

namespace dialoghook {
namespace {
std::optional<QString> &nextSaveFileName()
{
    static std::optional<QString> next;
    return next;
}
} // namespace

void setNextSaveFileName(const QString &path)
{
    nextSaveFileName() = path;
}

QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                        const QString &filter)
{
    if (auto &next = nextSaveFileName()) {
        const QString path = *next;
        next.reset();
        return path;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}
} // namespace dialoghook
