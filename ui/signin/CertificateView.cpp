#include "CertificateView.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace {
QLabel *selectableLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QLabel *fingerprintLabel(QWidget *parent, const QString &objectName)
{
    QLabel *label = selectableLabel(parent, objectName);
    label->setWordWrap(false);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}
} // namespace

CertificateView::CertificateView(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_headline(selectableLabel(this, QStringLiteral("certificateHeadline")))
    , m_explanation(selectableLabel(this, QStringLiteral("certificateExplanation")))
    , m_pinnedCaption(new QLabel(tr("Fingerprint you trusted:"), this))
    , m_pinned(fingerprintLabel(this, QStringLiteral("pinnedFingerprint")))
    , m_presentedCaption(new QLabel(this))
    , m_presented(fingerprintLabel(this, QStringLiteral("certificateFingerprint")))
    , m_subject(selectableLabel(this, QStringLiteral("certificateSubject")))
    , m_issuer(selectableLabel(this, QStringLiteral("certificateIssuer")))
    , m_validity(selectableLabel(this, QStringLiteral("certificateValidity")))
    , m_compared(new QCheckBox(this))
{
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.2);
    m_headline->setFont(headlineFont);

    m_pinned->setAccessibleName(tr("Fingerprint you trusted before"));
    m_presented->setAccessibleName(tr("SHA-256 fingerprint the server presented"));
    m_subject->setAccessibleName(tr("Certificate subject"));
    m_issuer->setAccessibleName(tr("Certificate issuer"));
    m_validity->setAccessibleName(tr("Certificate validity"));
    m_compared->setObjectName(QStringLiteral("comparedCheck"));
    m_compared->setText(tr("I &compared this fingerprint with the one my provider gave me, and "
                           "they are the same"));
    m_compared->setAccessibleName(tr("Fingerprints compared"));
    connect(m_compared, &QCheckBox::toggled, this, &CertificateView::comparedChanged);

    auto *facts = new QFormLayout;
    facts->addRow(m_pinnedCaption, m_pinned);
    facts->addRow(m_presentedCaption, m_presented);
    facts->addRow(tr("Issued to:"), m_subject);
    facts->addRow(tr("Issued by:"), m_issuer);
    facts->addRow(tr("Valid:"), m_validity);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_icon);
    top->addWidget(m_headline, 1);
    layout->addLayout(top);
    layout->addWidget(m_explanation);
    layout->addLayout(facts);
    layout->addWidget(m_compared);
    layout->addStretch();
}

QString CertificateView::groupedFingerprint(const QString &fingerprint)
{
    const QStringList pairs = fingerprint.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    QStringList lines;
    for (qsizetype i = 0; i < pairs.size(); i += 8)
        lines.append(pairs.mid(i, 8).join(QLatin1Char(':')));
    return lines.join(QLatin1Char('\n'));
}

void CertificateView::showFacts(const ApiError &error)
{
    m_presented->setText(error.certificateFingerprint.isEmpty()
                             ? tr("(the server presented no certificate)")
                             : groupedFingerprint(error.certificateFingerprint));
    m_subject->setText(error.certificateSubject);
    m_issuer->setText(error.certificateIssuer);
    if (error.certificate.isNull()) {
        m_validity->clear();
        return;
    }
    const QLocale locale;
    const QDateTime from = error.certificate.effectiveDate().toLocalTime();
    const QDateTime until = error.certificate.expiryDate().toLocalTime();
    const QDateTime now = QDateTime::currentDateTime();
    QString validity = tr("from %1 until %2")
                           .arg(locale.toString(from.date(), QLocale::LongFormat),
                                locale.toString(until.date(), QLocale::LongFormat));
    if (until < now)
        validity = tr("%1 (expired)").arg(validity);
    else if (from > now)
        validity = tr("%1 (not valid yet)").arg(validity);
    m_validity->setText(validity);
}

void CertificateView::showTrustPrompt(const ApiError &error)
{
    showFacts(error);
    m_headline->setText(tr("Is this your backend's certificate?"));
    m_explanation->setText(
        QString(error.message + QLatin1Char(' ') +
                tr("Compare the fingerprint below, group by group, with the one your provider "
                   "or your backend's administrator gave you. Trust it only if they are the "
                   "same: Dispatchable then accepts this exact certificate for this connection, "
                   "and refuses any other.")));
    m_presentedCaption->setText(tr("SHA-256 fingerprint:"));
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(32, 32));
    m_pinnedCaption->hide();
    m_pinned->hide();
    m_compared->setChecked(false);
    m_compared->show();
}

void CertificateView::showRefusal(const ApiError &error, const QString &pinned)
{
    showFacts(error);
    const bool changed = error.kind == ApiError::Kind::CertificateChanged;
    m_headline->setText(changed ? tr("Stop: the server's certificate has changed") : error.message);
    m_explanation->setText(changed ? QString(error.message + QLatin1Char(' ') + error.advice)
                                   : error.advice);
    m_presentedCaption->setText(changed ? tr("Fingerprint presented now:")
                                        : tr("SHA-256 fingerprint:"));
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(32, 32));
    m_pinned->setText(groupedFingerprint(pinned));
    m_pinnedCaption->setVisible(!pinned.isEmpty());
    m_pinned->setVisible(!pinned.isEmpty());
    m_compared->setChecked(false);
    m_compared->hide();
}

bool CertificateView::isComparedTicked() const
{
    return m_compared->isChecked();
}

QString CertificateView::presentedFingerprintText() const
{
    return m_presented->text();
}
