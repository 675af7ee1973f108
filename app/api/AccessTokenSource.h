// Where HttpClient gets the bearer token it sends, and whom it asks for a new one when the
// backend answers 401. The sign-in code (TokenRefresher) implements it; tests use small fakes.
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class AccessTokenSource
{
public:
    virtual ~AccessTokenSource() = default;

    // The token to send now; empty sends no Authorization header.
    virtual QString accessToken() const = 0;

    // Called on a 401. Must coalesce: however many requests got a 401, one refresh runs; every
    // waiter is called back when it ends (ok=false: signed out / refresh failed). `done` is not
    // called once `context` is destroyed.
    virtual void refreshAccessToken(QObject *context, std::function<void(bool ok)> done) = 0;
};
