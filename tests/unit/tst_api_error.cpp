// Problem details and ApiError: what the backend or the network says, turned into words a
// person can act on, with the technical part kept for "Details".
#include "api/ApiError.h"

#include <QtTest>

class TestApiError : public QObject
{
    Q_OBJECT
private slots:
    void decodesProblemDetails();
    void dropsMembersOfTheWrongType();
    void aBodyThatIsNoProblemStillGivesAnError();
    void unauthorizedSaysToSignInAgain();
    void connectionRefusedNamesTheAddress();
    void certificateChangeIsSaidPlainly();
};

void TestApiError::decodesProblemDetails()
{
    const QByteArray body =
        R"({"type":"urn:dispatchable:problem:not-eligible","title":"Not eligible",
        "status":422,"detail":"+442079460018 is not a US number.",
        "errors":[{"field":"numbers[0]","code":"non_us","detail":"Outside the US."}],"extra":1})";
    const ApiError error = ApiError::fromHttp(422, body, QStringLiteral("req-42"));
    QCOMPARE(error.kind, ApiError::Kind::Rejected);
    QVERIFY(error.problem.has_value());
    QCOMPARE(error.problem->slug(), QStringLiteral("not-eligible"));
    QCOMPARE(error.problem->status, 422);
    QCOMPARE(error.problem->requestId, QStringLiteral("req-42"));
    QCOMPARE(error.problem->errors.size(), 1);
    QCOMPARE(error.problem->errors.first(),
             (FieldError{QStringLiteral("numbers[0]"), QStringLiteral("non_us"),
                         QStringLiteral("Outside the US.")}));
    // The server's sentence is the message; the codes and the request id are details.
    QCOMPARE(error.message, QStringLiteral("+442079460018 is not a US number."));
    QVERIFY(error.details.contains(QStringLiteral("req-42")));
    QVERIFY(!error.message.contains(QLatin1Char('{')));
}

void TestApiError::dropsMembersOfTheWrongType()
{
    const QByteArray body = R"({"type":"urn:dispatchable:problem:bad-request","title":7,
        "detail":["x"],"errors":"none"})";
    const auto problem = Problem::fromJson(body, 400, QString());
    QVERIFY(problem.has_value());
    QCOMPARE(problem->title, QString());
    QCOMPARE(problem->detail, QString());
    QVERIFY(problem->errors.isEmpty());
}

void TestApiError::aBodyThatIsNoProblemStillGivesAnError()
{
    const ApiError error = ApiError::fromHttp(502, "<html>Bad gateway</html>", QString());
    QCOMPARE(error.kind, ApiError::Kind::ServerError);
    QVERIFY(!error.problem.has_value());
    QVERIFY(error.message.contains(QStringLiteral("502")));
    QVERIFY(!error.advice.isEmpty());
}

void TestApiError::unauthorizedSaysToSignInAgain()
{
    const ApiError error = ApiError::fromHttp(
        401, R"({"type":"urn:dispatchable:problem:unauthorized","title":"Unauthorized"})",
        QStringLiteral("r1"));
    QCOMPARE(error.kind, ApiError::Kind::Unauthorized);
    QVERIFY(error.advice.contains(QStringLiteral("Sign in")));
}

void TestApiError::connectionRefusedNamesTheAddress()
{
    const ApiError error =
        ApiError::fromNetwork(QNetworkReply::ConnectionRefusedError, QStringLiteral("refused"),
                              QUrl(QStringLiteral("https://127.0.0.1:9443/v1/tenants")));
    QCOMPARE(error.kind, ApiError::Kind::ConnectionRefused);
    QVERIFY(error.message.startsWith(QStringLiteral("Could not reach 127.0.0.1:9443")));
    QCOMPARE(error.details, QStringLiteral("refused"));
}

void TestApiError::certificateChangeIsSaidPlainly()
{
    const ApiError error =
        ApiError::certificateChanged(QUrl(QStringLiteral("https://backend.example")),
                                     QStringLiteral("AA:BB"), QStringLiteral("CC:DD"));
    QVERIFY(error.isCertificateError());
    QCOMPARE(error.message,
             QStringLiteral("The server's certificate changed since you pinned it."));
    QVERIFY(error.details.contains(QStringLiteral("AA:BB")));
    QVERIFY(error.details.contains(QStringLiteral("CC:DD")));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_api_error.moc"
