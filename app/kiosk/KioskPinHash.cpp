#include "kiosk/KioskPinHash.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace {
const QLatin1StringView scheme("pbkdf2-sha256");

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                              iterations, KioskPinHash::hashBytes);
}

std::optional<QByteArray> strictBase64(const QString &text)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}
} // namespace

QString KioskPinHash::problemWithPin(const QString &pin)
{
    if (pin.size() < minimumPinLength)
        return tr("The PIN needs at least %n characters.", nullptr, minimumPinLength);
    if (pin.size() > maximumPinLength)
        return tr("The PIN can have at most %n characters.", nullptr, maximumPinLength);
    return {};
}

QString KioskPinHash::create(const QString &pin, int iterations)
{
    Q_ASSERT(problemWithPin(pin).isEmpty());
    iterations = qBound(minimumIterations, iterations, maximumIterations);
    QByteArray salt(saltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          saltBytes / int(sizeof(quint32)));
    return QStringList{scheme, QString::number(iterations), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(derive(pin, salt, iterations).toBase64())}
        .join(QLatin1Char('$'));
}

std::optional<KioskPinHash::Parts> KioskPinHash::parse(const QString &encoded, QString *problem)
{
    const auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    const QStringList parts = encoded.trimmed().split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != scheme)
        return fail(tr("It is not a PIN hash made by “dispatchable kiosk-pin-hash” (expected "
                       "pbkdf2-sha256$iterations$salt$hash)."));
    bool numeric = false;
    const int iterations = parts.at(1).toInt(&numeric);
    if (!numeric || iterations < minimumIterations || iterations > maximumIterations)
        return fail(tr("Its iteration count must be between %L1 and %L2.")
                        .arg(minimumIterations)
                        .arg(maximumIterations));
    const std::optional<QByteArray> salt = strictBase64(parts.at(2));
    if (!salt || salt->size() != saltBytes)
        return fail(tr("Its salt must be %n bytes in base64.", nullptr, saltBytes));
    const std::optional<QByteArray> hash = strictBase64(parts.at(3));
    if (!hash || hash->size() != hashBytes)
        return fail(tr("Its hash must be %n bytes in base64.", nullptr, hashBytes));
    return Parts{iterations, *salt, *hash};
}

bool KioskPinHash::verify(const QString &pin, const QString &encoded)
{
    const std::optional<Parts> parts = parse(encoded);
    if (!parts || pin.isEmpty() || pin.size() > maximumPinLength)
        return false;
    return constantTimeEquals(derive(pin, parts->salt, parts->iterations), parts->hash);
}

bool KioskPinHash::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    // volatile: keeps the compiler from turning the loop into an early-exit memcmp.
    volatile unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference =
            difference | (static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(b[i]));
    return difference == 0;
}
