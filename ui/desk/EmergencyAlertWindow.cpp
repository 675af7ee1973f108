#include "EmergencyAlertWindow.h"

#include "MapView.h"
#include "calls/CallLocationText.h"
#include "settings/EmergencyAlertStyleSetting.h"

#include <QAccessible>
#include <QApplication>
#include <QCloseEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int flashIntervalMs = 700;
constexpr int beepEveryTicks = 2; // seconds between beeps

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString elapsed(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

AlertStyle AlertStyle::fromCode(const QString &code)
{
    return AlertStyle{EmergencyAlertStyleSetting::hasSound(code),
                      EmergencyAlertStyleSetting::hasFlashing(code)};
}

EmergencyAlertWindow::EmergencyAlertWindow(const EmergencyCall &call, const QString &tenantName,
                                           const AlertStyle &style, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_call(call)
    , m_tenantName(tenantName)
    , m_style(style)
{
    setObjectName(QStringLiteral("emergencyAlertWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(
        tr("Emergency call: %1").arg(call.number.isEmpty() ? call.callerUpn : call.number));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->addWidget(buildHeader());
    auto *body = new QVBoxLayout;
    body->setContentsMargins(16, 8, 16, 0);
    m_caller = wrappingLabel(this);
    m_caller->setObjectName(QStringLiteral("alertCaller"));
    body->addWidget(m_caller);
    body->addWidget(buildLocations());
    m_map = new MapView(this);
    m_map->setEditable(false);
    m_map->setMinimumHeight(220);
    body->addWidget(m_map, 1);
    m_status = wrappingLabel(this);
    m_status->setObjectName(QStringLiteral("alertStatus"));
    body->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    auto *log = new QPushButton(tr("Call &Log"), this);
    m_acknowledge = new QPushButton(tr("&Acknowledge"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_acknowledge->setDefault(true);
    m_acknowledge->setToolTip(tr("Record that the desk has seen this call (Enter)"));
    buttons->addWidget(log);
    buttons->addStretch();
    buttons->addWidget(m_acknowledge);
    body->addLayout(buttons);
    layout->addLayout(body, 1);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        m_acknowledge->setEnabled(false);
        m_status->setText(tr("Acknowledging…"));
        emit acknowledgeRequested(m_call.id);
    });
    connect(log, &QPushButton::clicked, this, &EmergencyAlertWindow::callLogRequested);
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &EmergencyAlertWindow::tick);
    m_clock.start();
    m_flashTimer.setInterval(flashIntervalMs);
    connect(&m_flashTimer, &QTimer::timeout, this, &EmergencyAlertWindow::flash);
    if (m_style.flashing && m_call.wantsAlert())
        m_flashTimer.start();
    refresh();
    resize(760, 640);
    m_acknowledge->setFocus();
}

QWidget *EmergencyAlertWindow::buildHeader()
{
    m_header = new QWidget(this);
    m_header->setObjectName(QStringLiteral("alertHeader"));
    m_header->setAutoFillBackground(true);
    auto *row = new QHBoxLayout(m_header);
    row->setContentsMargins(16, 12, 16, 12);
    m_headline = new QLabel(m_header);
    m_headline->setObjectName(QStringLiteral("alertHeadline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_headline->setFont(big);
    m_elapsed = new QLabel(m_header);
    m_elapsed->setObjectName(QStringLiteral("alertElapsed"));
    m_elapsed->setFont(big);
    row->addWidget(m_headline, 1);
    row->addWidget(m_elapsed);
    return m_header;
}

QWidget *EmergencyAlertWindow::buildLocations()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 8, 0, 8);
    auto *sentTitle =
        new QLabel(tr("<b>Where Teams says the caller is</b> (blue on the map)"), box);
    auto *registeredTitle = new QLabel(tr("<b>Registered E911 address</b> (red on the map)"), box);
    m_sent = wrappingLabel(box);
    m_sent->setObjectName(QStringLiteral("alertSentLocation"));
    m_registered = wrappingLabel(box);
    m_registered->setObjectName(QStringLiteral("alertRegisteredLocation"));
    m_verdict = wrappingLabel(box);
    m_verdict->setObjectName(QStringLiteral("alertVerdict"));
    grid->addWidget(sentTitle, 0, 0);
    grid->addWidget(registeredTitle, 0, 1);
    grid->addWidget(m_sent, 1, 0);
    grid->addWidget(m_registered, 1, 1);
    grid->addWidget(m_verdict, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    return box;
}

void EmergencyAlertWindow::update(const EmergencyCall &call)
{
    if (call.id != m_call.id || call.lastEventSeq < m_call.lastEventSeq)
        return;
    m_call = call;
    refresh();
}

void EmergencyAlertWindow::refresh()
{
    const EmergencyCall &c = m_call;
    m_headline->setText(c.isActive() ? tr("%1 call in progress").arg(c.dialed)
                                     : tr("%1 call ended").arg(c.dialed));
    QStringList who;
    who << tr("<b>%1</b> (%2)")
               .arg((c.callerName.isEmpty() ? c.callerUpn : c.callerName).toHtmlEscaped(),
                    c.callerUpn.toHtmlEscaped());
    who << tr("Number: %1").arg(c.number.isEmpty() ? tr("not sent") : c.number);
    who << tr("Tenant: %1").arg(m_tenantName.toHtmlEscaped());
    who << tr("Started %1").arg(QLocale().toString(c.startedAt.toLocalTime(), QLocale::LongFormat));
    if (c.simulated)
        who << tr("<i>Simulated by the demo, not a real call.</i>");
    m_caller->setText(who.join(QStringLiteral("<br>")));
    m_sent->setText(c.sentAddressLine().isEmpty() ? tr("Teams sent no location.")
                                                  : c.sentAddressLine());
    m_registered->setText(c.registeredAddressLine().isEmpty()
                              ? tr("This number has no E911 address on file.")
                              : c.registeredAddressLine());
    QString verdict = CallLocationText::verdict(c).toHtmlEscaped();
    for (const QString &line : CallLocationText::differences(c))
        verdict += QStringLiteral("<br>&nbsp;&nbsp;") + line.toHtmlEscaped();
    const bool differs = c.verdict == EmergencyCall::Verdict::Differs;
    m_verdict->setText(
        differs ? QStringLiteral("<span style='color:#b01c1c'><b>%1</b></span>").arg(verdict)
                : verdict);
    const auto registered = c.registeredCoordinates();
    m_map->setGeocode(registered ? QGeoCoordinate(registered->first, registered->second)
                                 : QGeoCoordinate(),
                      GeocodePrecision::Rooftop);
    const auto sent = c.sentCoordinates();
    m_map->setComparisonPoint(sent ? QGeoCoordinate(sent->first, sent->second) : QGeoCoordinate(),
                              tr("Teams sent"));
    m_status->setText(
        c.isAcknowledged()
            ? tr("Acknowledged by %1 at %2.")
                  .arg(c.acknowledgedBy,
                       QLocale().toString(c.acknowledgedAt.toLocalTime(), QLocale::ShortFormat))
            : tr("Not acknowledged yet."));
    m_acknowledge->setEnabled(!c.isAcknowledged());
    if (!c.wantsAlert())
        stopAttention();
    tick();
    QPalette palette = m_header->palette();
    palette.setColor(QPalette::Window,
                     c.wantsAlert() ? QColor(0xb0, 0x1c, 0x1c) : QColor(0x55, 0x55, 0x55));
    palette.setColor(QPalette::WindowText, Qt::white);
    m_header->setPalette(palette);
    setAccessibleName(m_headline->text());
    setAccessibleDescription(QStringLiteral("%1. %2").arg(m_sent->text(), verdict));
}

QString EmergencyAlertWindow::headline() const
{
    return m_headline->text();
}

QString EmergencyAlertWindow::elapsedText() const
{
    return m_elapsed->text();
}

void EmergencyAlertWindow::tick()
{
    const QDateTime end = m_call.isActive() ? QDateTime::currentDateTimeUtc() : m_call.endedAt;
    const qint64 seconds = std::max<qint64>(0, m_call.startedAt.secsTo(end));
    m_elapsed->setText(elapsed(seconds));
    if (m_style.sound && m_call.wantsAlert() && seconds % beepEveryTicks == 0)
        QApplication::beep();
}

void EmergencyAlertWindow::flash()
{
    m_flashOn = !m_flashOn;
    QPalette palette = m_header->palette();
    palette.setColor(QPalette::Window,
                     m_flashOn ? QColor(0xff, 0xd5, 0x4f) : QColor(0xb0, 0x1c, 0x1c));
    palette.setColor(QPalette::WindowText, m_flashOn ? Qt::black : Qt::white);
    m_header->setPalette(palette);
}

void EmergencyAlertWindow::stopAttention()
{
    m_flashTimer.stop();
    m_flashOn = false;
}

void EmergencyAlertWindow::showAcknowledgeError(const QString &message)
{
    m_status->setText(tr("Could not acknowledge: %1").arg(message));
    m_acknowledge->setEnabled(true);
}

void EmergencyAlertWindow::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        m_acknowledge->isEnabled()) {
        m_acknowledge->click();
        return;
    }
    QWidget::keyPressEvent(event);
}

void EmergencyAlertWindow::closeEvent(QCloseEvent *event)
{
    // Closing is not acknowledging: the call stays in the log, unacknowledged, as missed.
    stopAttention();
    event->accept();
}
