// How the app reaches the network: directly, through the system's proxy configuration, or
// through one HTTP proxy. Written as "none", "system" or "http://host:port"; never with a user
// name or password, because the value sits in plain settings files and policies.
#pragma once

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QString>

#include <optional>

struct ProxySetting
{
    Q_DECLARE_TR_FUNCTIONS(ProxySetting)
public:
    enum class Mode {
        None,    // connect directly
        System,  // what the operating system is configured to use
        Http,    // the HTTP proxy at host:port
        Blocked, // an organisation's proxy value was invalid: the app does not connect at all
    };

    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;

    // nullopt and *problem (one sentence) for anything else than the three forms.
    static std::optional<ProxySetting> parse(const QString &text, QString *problem);
    static ProxySetting blocked() { return {Mode::Blocked, {}, 0}; }
    // "none", "system", "http://host:port"; "" for Blocked.
    QString toString() const;
    // The proxy QNetworkAccessManager uses for Http and Blocked (an address that can never be
    // reached), for None QNetworkProxy::NoProxy. System is not a QNetworkProxy but a factory
    // setting: see applyApplicationWide().
    QNetworkProxy networkProxy() const;
    // Installs this setting for every QNetworkAccessManager of the process.
    void applyApplicationWide() const;

    friend bool operator==(const ProxySetting &, const ProxySetting &) = default;
};
