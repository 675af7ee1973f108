// The server's --database argument, postgresql://user[:password]@host[:port]/dbname[?options],
// as the settings of a QPSQL connection. Options (sslmode=require, connect_timeout=5, …) go to
// libpq as they are.
#pragma once

#include <QString>

#include <optional>

struct PostgresUrl
{
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString connectOptions; // libpq "key=value" pairs, separated by ';' as QPSQL wants them

    // The URL without its password, for messages and logs.
    QString display() const;

    // std::nullopt with a sentence in *error when `text` is not such a URL.
    static std::optional<PostgresUrl> parse(const QString &text, QString *error);
};
