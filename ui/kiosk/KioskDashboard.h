// The kiosk's compliance dashboard for one tenant, drawn with QPainter for a wall screen: the
// numbers by E911 state as bars, the address, common-area, outside-US and acknowledgement
// figures, how old the data is and whether the backend is reachable, and a "Read-only audit
// view" watermark. Sizes scale with the widget so it reads from across a room at 1080p.
#pragma once

#include "KioskFigures.h"
#include "compliance/ComplianceSummary.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QPainter;

class KioskDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit KioskDashboard(QWidget *parent = nullptr);

    // The tenant to show; nullopt shows "waiting for data".
    void setSummary(const std::optional<ComplianceSummary> &summary);
    const std::optional<ComplianceSummary> &summary() const { return m_summary; }
    // "Tenant 3 of 12", under the tenant's name.
    void setPosition(int index, int count);
    // Whether the backend answered lately; offline shows the cached data with its age.
    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    // The sign-in expired or was revoked: the cached data stays, framed by "Sign-in needed".
    void setSignInNeeded(bool needed);
    bool isSignInNeeded() const { return m_signInNeeded; }

    QList<KioskFigure> stateFigures() const;
    QList<KioskFigure> detailFigures() const;
    // The corner text about the data's age, e.g. "⚠ Offline — showing data from 10:42 (2 hours
    // ago)".
    QString dataAgeText() const;
    // The watermark's words.
    static QString watermarkText();

    QSize sizeHint() const override { return {1920, 1080}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintHeader(QPainter &p, const ComplianceSummary &s);
    void paintStates(QPainter &p, const ComplianceSummary &s);
    void paintDetails(QPainter &p, const QDateTime &now);
    void paintFooter(QPainter &p);
    void paintWatermark(QPainter &p);
    void updateAccessibleText();
    QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
    // A font of `px` pixels in the 1920×1080 design (the painter scales the design).
    QFont font(qreal px, bool bold = false) const;
    qreal scale() const;

    std::optional<ComplianceSummary> m_summary;
    int m_index = 0;
    int m_count = 0;
    bool m_online = true;
    bool m_signInNeeded = false;
};
