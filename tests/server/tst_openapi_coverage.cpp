// Keeps docs/api/openapi.json and dispatchable-server honest with each other: every documented
// operation is served, every served route is documented, every operation is complete enough for a
// client generator, and every $ref in the document resolves.
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStringList>
#include <QtTest>

#include <algorithm>

namespace {

const QStringList kHttpMethods = {
    QStringLiteral("get"),    QStringLiteral("put"),     QStringLiteral("post"),
    QStringLiteral("delete"), QStringLiteral("options"), QStringLiteral("head"),
    QStringLiteral("patch"),  QStringLiteral("trace"),
};

QString listed(QStringList lines)
{
    lines.sort();
    return QStringLiteral("\n  ") + lines.join(QStringLiteral("\n  "));
}

// Resolves a local JSON pointer ("#/components/schemas/Did") against the document (RFC 6901).
bool resolvesLocally(const QJsonObject &root, const QString &ref)
{
    if (ref == QLatin1StringView("#"))
        return true;
    if (!ref.startsWith(QLatin1StringView("#/")))
        return false; // the document must be self-contained
    QJsonValue node = root;
    const QStringList tokens = ref.mid(2).split(QLatin1Char('/'));
    for (QString token : tokens) {
        token.replace(QLatin1StringView("~1"), QLatin1StringView("/"));
        token.replace(QLatin1StringView("~0"), QLatin1StringView("~"));
        if (node.isObject()) {
            const QJsonObject object = node.toObject();
            if (!object.contains(token))
                return false;
            node = object.value(token);
        } else if (node.isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            const QJsonArray array = node.toArray();
            if (!ok || index < 0 || index >= array.size())
                return false;
            node = array.at(index);
        } else {
            return false;
        }
    }
    return true;
}

void collectRefs(const QJsonValue &value, const QString &where,
                 QList<QPair<QString, QString>> *refs)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString path = where + QLatin1Char('/') + it.key();
            if (it.key() == QLatin1StringView("$ref"))
                refs->append({path, it.value().toString()});
            else
                collectRefs(it.value(), path, refs);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectRefs(array.at(i), where + QLatin1Char('/') + QString::number(i), refs);
    }
}

} // namespace

class TestOpenApiCoverage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyDocumentedOperationIsServed();
    void everyServedRouteIsDocumented();
    void everyOperationHasAnIdAndSuccessAndErrorResponses();
    void everyRefResolves();

private:
    QJsonObject m_spec;
    QSet<QString> m_served;                          // "METHOD /path"
    QSet<QString> m_documented;                      // "METHOD /path"
    QList<QPair<QString, QJsonObject>> m_operations; // ("METHOD /path", operation object)
};

void TestOpenApiCoverage::initTestCase()
{
    // The contract.
    const QString specPath = QStringLiteral(DISPATCHABLE_OPENAPI_PATH);
    QFile specFile(specPath);
    QVERIFY2(
        specFile.open(QIODevice::ReadOnly),
        qPrintable(QStringLiteral("Cannot read %1: %2").arg(specPath, specFile.errorString())));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(specFile.readAll(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError,
             qPrintable(QStringLiteral("%1 is not valid JSON at offset %2: %3")
                            .arg(specPath)
                            .arg(parseError.offset)
                            .arg(parseError.errorString())));
    QVERIFY2(document.isObject(), "openapi.json is not a JSON object");
    m_spec = document.object();
    QVERIFY2(m_spec.value(QStringLiteral("openapi")).toString().startsWith(QStringLiteral("3.1")),
             "openapi.json must be an OpenAPI 3.1 document");

    const QJsonObject paths = m_spec.value(QStringLiteral("paths")).toObject();
    QVERIFY2(!paths.isEmpty(), "openapi.json has no paths");
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path.value().toObject();
        for (auto entry = item.begin(); entry != item.end(); ++entry) {
            if (!kHttpMethods.contains(entry.key()))
                continue; // "parameters", "summary", … are not operations
            const QString key = entry.key().toUpper() + QLatin1Char(' ') + path.key();
            m_documented.insert(key);
            m_operations.append({key, entry.value().toObject()});
        }
    }

    // The server.
    const QString server = qEnvironmentVariable("DISPATCHABLE_SERVER");
    QVERIFY2(!server.isEmpty(), "DISPATCHABLE_SERVER is not set (run the test through ctest)");
    QProcess process;
    process.start(server, {QStringLiteral("--print-routes")});
    QVERIFY2(process.waitForStarted(10000),
             qPrintable(QStringLiteral("Cannot start %1: %2").arg(server, process.errorString())));
    QVERIFY2(process.waitForFinished(30000), "dispatchable-server --print-routes did not exit");
    const QString stderrText = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QStringLiteral("--print-routes failed (exit %1): %2")
                            .arg(process.exitCode())
                            .arg(stderrText)));

    QStringList malformed;
    QStringList duplicates;
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &rawLine : output.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        const QStringList parts = line.split(QLatin1Char(' '));
        const bool wellFormed = parts.size() == 2 && parts[0] == parts[0].toUpper() &&
                                kHttpMethods.contains(parts[0].toLower()) &&
                                parts[1].startsWith(QLatin1Char('/'));
        if (!wellFormed) {
            malformed.append(line);
            continue;
        }
        if (m_served.contains(line))
            duplicates.append(line);
        m_served.insert(line);
    }
    QVERIFY2(
        malformed.isEmpty(),
        qPrintable(QStringLiteral("--print-routes printed lines that are not \"METHOD /path\":") +
                   listed(malformed)));
    QVERIFY2(duplicates.isEmpty(),
             qPrintable(QStringLiteral("--print-routes lists routes twice:") + listed(duplicates)));
    QVERIFY2(!m_served.isEmpty(), "--print-routes printed no routes");
}

void TestOpenApiCoverage::everyDocumentedOperationIsServed()
{
    const QSet<QString> missing = m_documented - m_served;
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 operations in openapi.json are not served:")
                            .arg(missing.size())
                            .arg(m_documented.size()) +
                        listed(missing.values())));
}

void TestOpenApiCoverage::everyServedRouteIsDocumented()
{
    const QSet<QString> undocumented = m_served - m_documented;
    QVERIFY2(undocumented.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 served routes are not in openapi.json:")
                            .arg(undocumented.size())
                            .arg(m_served.size()) +
                        listed(undocumented.values())));
}

void TestOpenApiCoverage::everyOperationHasAnIdAndSuccessAndErrorResponses()
{
    QStringList problems;
    QHash<QString, QString> ids; // operationId → first operation using it
    for (const auto &[key, operation] : std::as_const(m_operations)) {
        const QString id = operation.value(QStringLiteral("operationId")).toString();
        if (id.isEmpty())
            problems.append(key + QStringLiteral(": no operationId"));
        else if (ids.contains(id))
            problems.append(
                key +
                QStringLiteral(": operationId \"%1\" also used by %2").arg(id, ids.value(id)));
        else
            ids.insert(id, key);

        if (!operation.value(QStringLiteral("x-required-role")).isArray())
            problems.append(key + QStringLiteral(": no x-required-role list"));

        const QJsonObject responses = operation.value(QStringLiteral("responses")).toObject();
        const QStringList codes = responses.keys();
        const bool hasSuccess = std::any_of(codes.begin(), codes.end(), [](const QString &code) {
            return code.startsWith(QLatin1Char('2'));
        });
        const bool hasError = std::any_of(codes.begin(), codes.end(), [](const QString &code) {
            return code.startsWith(QLatin1Char('4')) || code.startsWith(QLatin1Char('5'));
        });
        if (!hasSuccess)
            problems.append(key + QStringLiteral(": no 2xx response"));
        if (!hasError)
            problems.append(key + QStringLiteral(": no 4xx/5xx response"));
    }
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(QStringLiteral("Incomplete operations in openapi.json:") + listed(problems)));
}

void TestOpenApiCoverage::everyRefResolves()
{
    QList<QPair<QString, QString>> refs;
    collectRefs(m_spec, QStringLiteral("#"), &refs);
    QVERIFY2(!refs.isEmpty(), "openapi.json has no $ref at all");
    QStringList dangling;
    for (const auto &[where, target] : std::as_const(refs)) {
        if (!resolvesLocally(m_spec, target))
            dangling.append(QStringLiteral("%1 -> \"%2\"").arg(where, target));
    }
    QVERIFY2(dangling.isEmpty(),
             qPrintable(QStringLiteral("$refs in openapi.json that do not resolve:") +
                        listed(dangling)));
}

QTEST_GUILESS_MAIN(TestOpenApiCoverage)
#include "tst_openapi_coverage.moc"
