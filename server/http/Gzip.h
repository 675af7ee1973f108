// gzip (RFC 1952) compression of response bodies for clients that send Accept-Encoding: gzip.
#pragma once

#include <QByteArray>

#include <optional>

std::optional<QByteArray> gzipCompress(const QByteArray &data);
