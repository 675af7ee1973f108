#include "SecretRedaction.h"

#include <QRegularExpression>

QString redactSecrets(const QString &text)
{
    // Token bodies are URL-safe base64 or hex; also swallow percent-escapes so an encoded token in
    // a query string is caught whole.
    static const QRegularExpression token(
        QStringLiteral("\\b(dsp|dat|drt)_[A-Za-z0-9_\\-.~+/=%]+"));
    QString out = text;
    out.replace(token, QStringLiteral("\\1_…"));
    return out;
}
