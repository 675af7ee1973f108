// Shared by the sign-in integration tests: an HttpClient pointed at the test backend, a device
// flow sign-in that approves its own code with the staff demo token, direct reads of the keychain
// (through QtKeychain, bypassing TokenStore) and of the server's SQLite file.
#pragma once

#include "TestBackend.h"
#include "api/HttpClient.h"
#include "auth/DeviceFlow.h"
#include "auth/TokenStore.h"

#include <QVariant>

#include <functional>

namespace authtest {

// Base URL and pinned certificate of the backend.
void configure(HttpClient &http, TestBackend &backend);

// Runs the device flow to its end. With `approve`, the code is approved (or declined) with the
// staff demo token as soon as it is shown, before the first poll. `beforePoll` runs instead when
// set (to age or delete the code in the server's database, say).
DeviceFlowResult signIn(DeviceFlow &flow, TestBackend &backend, bool approve = true,
                        const std::function<void(const QString &userCode)> &beforePoll = {});

// POST /v1/oauth/device/approve as staff; returns the HTTP status.
int decide(TestBackend &backend, const QString &userCode, bool approve);

struct KeychainEntry
{
    int error = -1; // QKeychain::Error
    QByteArray data;
    bool found() const { return error == 0; }
};
KeychainEntry readKeychain(const QString &service, const QString &key);

// The server's SQLite file, through a connection of our own.
QVariant serverScalar(TestBackend &backend, const QString &sql, const QVariantList &binds = {});
bool serverExec(TestBackend &backend, const QString &sql, const QVariantList &binds = {});
// How the server keys its tokens (SHA-256 of the secret).
QByteArray tokenHash(const QString &token);

// GET /v1/me with a bearer token through raw HTTP; returns the status.
int meStatus(TestBackend &backend, const QString &token);
// POST /v1/oauth/token grant_type=refresh_token through raw HTTP; returns the "error" or empty.
QString refreshError(TestBackend &backend, const QString &refreshToken);

// A keychain service name of our own, so runs never see each other's entries.
QString uniqueService();

} // namespace authtest
