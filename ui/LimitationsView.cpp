// Renders limitations::current() as headed paragraphs.
#include "LimitationsView.h"

#include "domain/Limitations.h"

LimitationsView::LimitationsView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("limitationsText"));
    setAccessibleName(tr("Limitations of emergency calling"));
    setOpenLinks(false);
    QString html;
    int n = 0;
    for (const Limitation &l : limitations::current())
        html += QStringLiteral("<h3>%1. %2</h3><p>%3</p>")
                    .arg(++n)
                    .arg(l.title.toHtmlEscaped(), l.text.toHtmlEscaped());
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Text version %1").arg(QString(limitations::currentVersion)));
    setHtml(html);
    setMinimumHeight(260);
}
