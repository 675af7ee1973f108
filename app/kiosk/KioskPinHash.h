// The kiosk PIN as it is stored: never the PIN, only a salted PBKDF2-HMAC-SHA256 hash in a
// self-describing string "pbkdf2-sha256$<iterations>$<salt>$<hash>" (salt and hash in base64).
// The iteration count travels with the hash, so it can be raised later without breaking old ones.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class KioskPinHash
{
    Q_DECLARE_TR_FUNCTIONS(KioskPinHash)
public:
    // 200,000 rounds take about 0.3 s on the project's VM: slow for a guesser with a copy of the
    // hash, still quick enough for one unlock (measured in docs/managed-configuration.md).
    static constexpr int defaultIterations = 200000;
    static constexpr int minimumIterations = 100000;
    // A stored hash with more would freeze the app while verifying: refused as invalid.
    static constexpr int maximumIterations = 10000000;
    static constexpr int saltBytes = 16;
    static constexpr int hashBytes = 32;
    static constexpr int minimumPinLength = 4;
    static constexpr int maximumPinLength = 128;

    struct Parts
    {
        int iterations = 0;
        QByteArray salt;
        QByteArray hash;
    };

    // Empty when `pin` may be used; otherwise one sentence saying what to change.
    static QString problemWithPin(const QString &pin);
    // A new hash of `pin` with a random salt. The PIN must pass problemWithPin().
    static QString create(const QString &pin, int iterations = defaultIterations);
    // The parts of a stored hash; nullopt and *problem (which never repeats the hash) when it is
    // not one this app wrote.
    static std::optional<Parts> parse(const QString &encoded, QString *problem = nullptr);
    // True only when `encoded` is a valid hash of `pin`. Compares in constant time.
    static bool verify(const QString &pin, const QString &encoded);

    // Compares without stopping at the first difference, so the time taken does not tell how
    // much of a guess was right.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};
