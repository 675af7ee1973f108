// MapView's controls over the map: zoom in, zoom out and "My location" in the top-right corner,
// and the position source behind the last one.
#include "MapView.h"

#include <QGeoPositionInfoSource>
#include <QToolButton>

#include <algorithm>

namespace {
constexpr int buttonMargin = 6;
} // namespace

void MapView::createControls()
{
    auto makeButton = [this](const QString &text, const QString &name, const QString &tip) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setAccessibleName(name);
        button->setToolTip(tip);
        button->setFocusPolicy(Qt::TabFocus);
        button->setAutoRaise(false);
        return button;
    };
    m_zoomInButton = makeButton(QStringLiteral("+"), tr("Zoom in"), tr("Zoom in (+)"));
    m_zoomInButton->setObjectName(QStringLiteral("mapZoomIn"));
    m_zoomOutButton = makeButton(QStringLiteral("\u2212"), tr("Zoom out"), tr("Zoom out (-)"));
    m_zoomOutButton->setObjectName(QStringLiteral("mapZoomOut"));
    m_locateButton = makeButton(tr("My location"), tr("Show my location"), QString());
    m_locateButton->setObjectName(QStringLiteral("mapMyLocation"));
    connect(m_zoomInButton, &QToolButton::clicked, this, [this] { zoomBy(1, rect().center()); });
    connect(m_zoomOutButton, &QToolButton::clicked, this, [this] { zoomBy(-1, rect().center()); });
    connect(m_locateButton, &QToolButton::clicked, this, &MapView::locateMe);
    setTabOrder(this, m_zoomInButton);
    setTabOrder(m_zoomInButton, m_zoomOutButton);
    setTabOrder(m_zoomOutButton, m_locateButton);
}

int MapView::buttonsWidth() const
{
    return m_locateButton->sizeHint().width() + 2 * buttonMargin;
}

void MapView::layoutButtons()
{
    // A column in the top-right corner: zoom in, zoom out, my location.
    const int width = m_locateButton->sizeHint().width();
    const int height = m_locateButton->sizeHint().height();
    int y = buttonMargin;
    for (QToolButton *button : {m_zoomInButton, m_zoomOutButton, m_locateButton}) {
        button->setGeometry(this->width() - width - buttonMargin, y, width, height);
        y += height + 2;
    }
}

void MapView::setUpPositionSource()
{
    m_position = QGeoPositionInfoSource::createDefaultSource(this);
    if (!m_position) {
        m_locateButton->setEnabled(false);
        m_locateButton->setToolTip(
            tr("This computer has no location service, so the map cannot show where you are."));
        return;
    }
    m_locateButton->setToolTip(tr("Centre the map on where this computer is"));
    connect(m_position, &QGeoPositionInfoSource::positionUpdated, this,
            [this](const QGeoPositionInfo &info) {
                if (info.coordinate().isValid())
                    centerOn(info.coordinate(), std::max(m_zoom, rooftopZoom - 2));
            });
    connect(m_position, &QGeoPositionInfoSource::errorOccurred, this,
            [this](QGeoPositionInfoSource::Error error) {
                switch (error) {
                case QGeoPositionInfoSource::AccessError:
                    m_locateButton->setEnabled(false);
                    m_locateButton->setToolTip(
                        tr("The system does not allow this application to know its location."));
                    break;
                case QGeoPositionInfoSource::ClosedError:
                case QGeoPositionInfoSource::UnknownSourceError:
                    m_locateButton->setEnabled(false);
                    m_locateButton->setToolTip(tr("The location service is not available."));
                    break;
                case QGeoPositionInfoSource::UpdateTimeoutError:
                    m_locateButton->setToolTip(
                        tr("No position arrived in time. Try again where the computer can be "
                           "located."));
                    break;
                case QGeoPositionInfoSource::NoError:
                    break;
                }
            });
}

void MapView::locateMe()
{
    if (m_position)
        m_position->requestUpdate();
}
