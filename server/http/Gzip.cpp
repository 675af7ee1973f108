#include "Gzip.h"

#include <libdeflate.h>

#include <memory>

namespace {

struct CompressorFree
{
    void operator()(libdeflate_compressor *c) const { libdeflate_free_compressor(c); }
};

// One compressor per thread, kept: making one allocates its tables, and a full
// sync asks for hundreds of pages. Level 1, as zlib's fastest was before: a
// page is about a tenth of its size either way, and libdeflate gets there in
// about half of zlib's time.
libdeflate_compressor *compressor()
{
    thread_local std::unique_ptr<libdeflate_compressor, CompressorFree> kept(
        libdeflate_alloc_compressor(1));
    return kept.get();
}

} // namespace

std::optional<QByteArray> gzipCompress(const QByteArray &data)
{
    libdeflate_compressor *c = compressor();
    if (!c)
        return std::nullopt;
    const auto inSize = static_cast<size_t>(data.size());
    QByteArray out(static_cast<qsizetype>(libdeflate_gzip_compress_bound(c, inSize)),
                   Qt::Uninitialized);
    const size_t written = libdeflate_gzip_compress(c, data.constData(), inSize, out.data(),
                                                    static_cast<size_t>(out.size()));
    if (written == 0)
        return std::nullopt;
    out.resize(static_cast<qsizetype>(written));
    return out;
}
