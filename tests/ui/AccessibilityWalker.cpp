// The walk: names as QAccessibleInterface reports them, reachability by pressing the real Tab key
// (what a keyboard user does) rather than by reading focus policies.
#include "AccessibilityWalker.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>

namespace a11y {
namespace {

QString kindOf(const QWidget *w)
{
    return QString::fromLatin1(w->metaObject()->className());
}

// Qt's own inner parts of a control (a spin box's line edit, a tab bar's scroll arrows, a line
// edit's clear button, a view's viewport): the control they belong to is what users meet.
bool isInnerPart(const QWidget *window, const QWidget *w)
{
    if (w->objectName().startsWith(QLatin1StringView("qt_")))
        return true;
    static const QStringList innerKinds{
        QStringLiteral("QLineEditIconButton"), QStringLiteral("QTableCornerButton"),
        QStringLiteral("QToolBarExtension"),   QStringLiteral("QSplitterHandle"),
        QStringLiteral("QSizeGrip"),           QStringLiteral("QMenuBar"),
    };
    if (innerKinds.contains(kindOf(w)) || qobject_cast<const QScrollBar *>(w) ||
        qobject_cast<const QMenuBar *>(w))
        return true;
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p) ||
            qobject_cast<const QTabBar *>(p) || qobject_cast<const QLineEdit *>(p) ||
            qobject_cast<const QAbstractItemView *>(p))
            return true;
    return false;
}

bool isControlByKind(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QAbstractSlider *>(w) ||
           qobject_cast<const QTabBar *>(w) || qobject_cast<const QTextEdit *>(w) ||
           qobject_cast<const QPlainTextEdit *>(w);
}

// Tool bar buttons take no focus in Qt by design: their actions are in the menus and have
// shortcuts, which the keyboard test of each window covers.
bool isTabExempt(const QWidget *w)
{
    return qobject_cast<const QToolButton *>(w) &&
           qobject_cast<const QToolBar *>(w->parentWidget());
}

// What Tab can land on, following Qt's own rule (QApplication's focus chain helper).
bool takesTab(const QWidget *window, const QWidget *w)
{
    return w != window && !w->isWindow() && window->isAncestorOf(w) &&
           (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && w->isVisibleTo(window) &&
           w->isEnabled() && !w->focusProxy();
}

QWidget *nextTabStop(QWidget *window, QWidget *from)
{
    QWidget *w = from;
    for (int guard = 0; guard < 100000; ++guard) {
        w = w->nextInFocusChain();
        if (!w || w == from)
            return nullptr;
        if (takesTab(window, w))
            return w;
    }
    return nullptr;
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 (%2)").arg(objectPath(w), kindOf(w));
}

// A button or label whose words are filled in only when its page is reached through the dialog's
// flow (the confirmation's "Register 250 Numbers"): on a page the walk showed out of turn it is
// not yet what a user meets.
bool isUnfilled(const QWidget *w)
{
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        return button->text().isEmpty() && button->icon().isNull();
    if (const auto *label = qobject_cast<const QLabel *>(w))
        return label->text().isEmpty();
    return false;
}

// An exclusive radio button that is not checked takes no Tab in Qt (the checked one of its group
// does, and the arrow keys move within the group): it counts as reached with its group.
bool reachedWithItsGroup(const QWidget *w, const QSet<const QWidget *> &reached)
{
    const auto *radio = qobject_cast<const QRadioButton *>(w);
    if (!radio || radio->isChecked())
        return false;
    QList<QAbstractButton *> group;
    if (radio->group())
        group = radio->group()->buttons();
    else if (radio->autoExclusive() && radio->parentWidget())
        group = radio->parentWidget()->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly);
    return std::any_of(group.cbegin(), group.cend(),
                       [&reached](const QAbstractButton *b) { return reached.contains(b); });
}

// Presses Tab on `current` until focus leaves it; a date edit takes a few presses (one per
// section). False when it never leaves.
bool tabLeaves(QWidget *window, QWidget *current)
{
    for (int press = 0; press < 12; ++press) {
        QTest::keyClick(current, Qt::Key_Tab);
        if (window->focusWidget() != current)
            return true;
    }
    return false;
}

// One walk of what is shown now; `outOfTurn` when a stacked page was shown by the walk itself.
void walkShown(QWidget *window, WalkResult &result, QSet<const QWidget *> &counted, bool outOfTurn)
{
    QList<QWidget *> controls;
    for (QWidget *w : window->findChildren<QWidget *>())
        if (isInteractive(window, w))
            controls.append(w);

    for (QWidget *w : std::as_const(controls)) {
        if (!counted.contains(w)) {
            counted.insert(w);
            ++result.interactive;
            if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
                !iface || iface->text(QAccessible::Description).trimmed().isEmpty())
                ++result.withoutDescription;
        }
        if (accessibleName(w).trimmed().isEmpty() && !(outOfTurn && isUnfilled(w)))
            result.findings.append(QStringLiteral("no accessible name: %1").arg(describe(w)));
    }

    // Press Tab from the first stop around the whole chain, noting which control has focus.
    QWidget *first = nextTabStop(window, window);
    QSet<const QWidget *> reached;
    auto controlOf = [&controls, window](QWidget *focus) -> QWidget * {
        for (QWidget *w = focus; w && w != window; w = w->parentWidget())
            if (controls.contains(w))
                return w;
        return nullptr;
    };
    if (first) {
        // The window's own focus widget: it follows Tab even while another window is active.
        first->setFocus(Qt::TabFocusReason);
        QWidget *current = window->focusWidget();
        const int limit = 4 * int(controls.size()) + 20;
        for (int step = 0; current && step < limit; ++step) {
            QWidget *control = controlOf(current);
            if (control)
                reached.insert(control);
            reached.insert(current);
            // A view that moves between cells on Tab keeps Tab for as many presses as it has
            // cells: with thousands of rows, a trap (the arrow keys move between cells anyway).
            auto *view = qobject_cast<QAbstractItemView *>(control ? control : current);
            if (view && view->tabKeyNavigation())
                result.findings.append(QStringLiteral("Tab moves between cells in %1 (set "
                                                      "tabKeyNavigation off)")
                                           .arg(describe(view)));
            QWidget *next = nullptr;
            if (!view || !view->tabKeyNavigation()) {
                if (!tabLeaves(window, current)) // a text box typing a tab, a custom widget
                    result.findings.append(QStringLiteral("Tab does not leave %1")
                                               .arg(describe(control ? control : current)));
                else
                    next = window->focusWidget();
            }
            if (!next) { // go on past the trap as Qt's focus chain would
                next = nextTabStop(window, current);
                if (next)
                    next->setFocus(Qt::TabFocusReason);
                next = window->focusWidget();
            }
            if (!next || next == first || !window->isAncestorOf(next))
                break;
            current = next;
        }
    }
    for (QWidget *w : std::as_const(controls)) {
        if (isTabExempt(w) || reached.contains(w) || reachedWithItsGroup(w, reached) ||
            (w->focusProxy() && reached.contains(w->focusProxy())))
            continue;
        result.findings.append(QStringLiteral("never reached with Tab (focus policy %1): %2")
                                   .arg(int(w->focusPolicy()))
                                   .arg(describe(w)));
    }
    for (const QWidget *w : std::as_const(reached))
        result.tabReached.insert(objectPath(w));
}

} // namespace

QString objectPath(const QWidget *w)
{
    QStringList parts;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        parts.prepend(p->objectName().isEmpty() ? kindOf(p) : p->objectName());
        if (p->isWindow())
            break;
    }
    return parts.join(QLatin1Char('/'));
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

bool isInteractive(const QWidget *window, const QWidget *w)
{
    if (w == window || w->isWindow() || !w->isVisibleTo(window) || !w->isEnabled() ||
        isInnerPart(window, w))
        return false;
    return isControlByKind(w) || (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
}

WalkResult walk(QWidget *window)
{
    WalkResult result;
    if (!window->isVisible())
        window->show();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitForWindowActive(window))
        result.findings.append(
            QStringLiteral("window never became active: %1").arg(objectPath(window)));
    QSet<const QWidget *> counted;
    walkShown(window, result, counted, false);

    // Every other page of every stack (a tab widget through its own index, so its bar agrees).
    for (QStackedWidget *stack : window->findChildren<QStackedWidget *>()) {
        auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget());
        const int original = tabs ? tabs->currentIndex() : stack->currentIndex();
        for (int i = 0; i < stack->count(); ++i) {
            if (i == original)
                continue;
            if (tabs)
                tabs->setCurrentIndex(i);
            else
                stack->setCurrentIndex(i);
            if (stack->isVisibleTo(window))
                walkShown(window, result, counted, true);
        }
        if (tabs)
            tabs->setCurrentIndex(original);
        else
            stack->setCurrentIndex(original);
    }
    result.findings.removeDuplicates();
    return result;
}

} // namespace a11y
