// Applying an adoption plan and following it; see TeamsAdoptionRun.h.
#include "teams/TeamsAdoptionRun.h"

#include "lis/NetworkBulkResult.h"
#include "store/Outbox.h"
#include "store/OutboxRequests.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
bool isElement(TeamsObjectKind kind)
{
    return kind != TeamsObjectKind::Address && kind != TeamsObjectKind::Place;
}

// The server's words for a refused item: the detail, then what each field got wrong.
QString problemText(const Problem &problem)
{
    QStringList words{problem.detail.isEmpty() ? problem.title : problem.detail};
    for (const FieldError &e : problem.errors)
        words.append(e.detail);
    words.removeAll(QString());
    words.removeDuplicates();
    return words.join(QLatin1Char(' '));
}
} // namespace

TeamsAdoptionRun::TeamsAdoptionRun(Outbox &outbox, const QString &tenantId,
                                   const QList<TeamsAdoption> &plan, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_tenantId(tenantId)
    , m_plan(plan)
    , m_rows(plan.size())
{
    connect(&m_outbox, &Outbox::entryChanged, this, &TeamsAdoptionRun::entryChanged);
}

bool TeamsAdoptionRun::start(QString *error)
{
    QList<int> ready;
    for (int i = 0; i < int(m_plan.size()); ++i) {
        if (m_plan.at(i).action == TeamsAdoptAction::Create)
            ready.append(i);
        else if (m_plan.at(i).action == TeamsAdoptAction::CreateAfter)
            m_rows[i].state = State::Waiting;
    }
    if (ready.isEmpty() || !queue(ready, error)) {
        for (RowStatus &row : m_rows)
            row.state = State::NotSent;
        return false;
    }
    emit rowsChanged();
    return true;
}

bool TeamsAdoptionRun::queue(const QList<int> &rows, QString *error)
{
    // Addresses and places one request each (the answer carries the new id); elements in bulk.
    QList<OutboxRequest> requests;
    QList<Sent> sent;
    QList<NetworkElement> elements;
    QList<int> elementRows;
    for (const int i : rows) {
        const TeamsAdoption &a = m_plan.at(i);
        if (a.kind == TeamsObjectKind::Address) {
            requests.append(outbox::addressCreate(m_tenantId, a.address.toRequestBody()));
            sent.append(Sent{{i}});
        } else if (a.kind == TeamsObjectKind::Place) {
            Place place = a.place;
            place.tenantId = m_tenantId;
            requests.append(outbox::placeCreate(place));
            sent.append(Sent{{i}});
        } else {
            NetworkElement element = a.element;
            element.tenantId = m_tenantId;
            elements.append(element);
            elementRows.append(i);
        }
    }
    const QList<OutboxRequest> batches = outbox::networkElementsBulk(m_tenantId, elements);
    for (int b = 0; b < int(batches.size()); ++b) {
        requests.append(batches.at(b));
        sent.append(Sent{elementRows.mid(b * outbox::maxBulkElements, outbox::maxBulkElements)});
    }
    const QList<qint64> ids = m_outbox.enqueue(requests, error);
    if (ids.isEmpty())
        return false;
    for (int k = 0; k < int(ids.size()); ++k) {
        m_entries.insert(ids.at(k), sent.at(k));
        for (const int i : sent.at(k).rows)
            m_rows[i].state = State::Queued;
    }
    return true;
}

void TeamsAdoptionRun::entryChanged(qint64 id)
{
    const auto found = m_entries.constFind(id);
    if (found == m_entries.cend())
        return;
    const std::optional<OutboxEntry> entry = m_outbox.entry(id);
    if (!entry || entry->isOpen())
        return;
    const Sent sent = *found;
    m_entries.erase(found);
    settle(sent, *entry);
    emit rowsChanged();
}

void TeamsAdoptionRun::settle(const Sent &sent, const OutboxEntry &entry)
{
    const bool done = entry.state == OutboxState::Done;
    const QString refused = tr("Refused: %1").arg(entry.lastError);
    if (!isElement(m_plan.at(sent.rows.constFirst()).kind)) {
        const int row = sent.rows.constFirst();
        const QString id = done ? QJsonDocument::fromJson(entry.responseBody)
                                      .object()
                                      .value(QLatin1StringView("id"))
                                      .toString()
                                : QString();
        if (done && !id.isEmpty()) {
            m_rows[row] = {State::Created, {}};
            releaseChildren(row, id, {});
        } else {
            const QString reason = done ? tr("The backend's answer could not be read.") : refused;
            m_rows[row] = {State::Failed, reason};
            releaseChildren(row, {}, reason);
        }
        return;
    }
    QList<FieldError> errors;
    const auto results =
        done ? NetworkBulkResult::fromJson(entry.responseBody, sent.rows.size(), errors)
             : std::nullopt;
    for (int k = 0; k < int(sent.rows.size()); ++k) {
        RowStatus &status = m_rows[sent.rows.at(k)];
        if (!results) {
            status = {State::Failed,
                      done ? tr("Sent, but the answer could not be read: compare again to see "
                                "whether it was created.")
                           : refused};
            continue;
        }
        const NetworkBulkItemResult &item = results->at(k);
        if (item.outcome == NetworkBulkOutcome::Created)
            status = {State::Created, {}};
        else if (item.outcome == NetworkBulkOutcome::Unchanged)
            status = {State::AlreadyThere, {}};
        else
            status = {State::Failed,
                      tr("Refused: %1").arg(item.problem ? problemText(*item.problem) : QString())};
    }
}

void TeamsAdoptionRun::releaseChildren(int row, const QString &id, const QString &reason)
{
    const TeamsAdoption &parent = m_plan.at(row);
    const TeamsObjectKind childKind =
        parent.kind == TeamsObjectKind::Address ? TeamsObjectKind::Place : TeamsObjectKind::Subnet;
    QList<int> ready;
    for (int i = 0; i < int(m_plan.size()); ++i) {
        TeamsAdoption &child = m_plan[i];
        const bool isChild =
            child.action == TeamsAdoptAction::CreateAfter && child.after == parent.teamsId &&
            (childKind == TeamsObjectKind::Place ? child.kind == childKind : isElement(child.kind));
        if (!isChild || m_rows.at(i).state != State::Waiting)
            continue;
        if (id.isEmpty()) {
            const QString why = parent.kind == TeamsObjectKind::Address
                                    ? tr("Its address was not created: %1").arg(reason)
                                    : tr("Its place was not created: %1").arg(reason);
            m_rows[i] = {State::Failed, why};
            releaseChildren(i, {}, why);
            continue;
        }
        if (child.kind == TeamsObjectKind::Place)
            child.place.addressId = id;
        else
            child.element.placeId = id;
        ready.append(i);
    }
    QString error;
    if (!ready.isEmpty() && !queue(ready, &error)) {
        for (const int i : std::as_const(ready)) {
            m_rows[i] = {State::Failed, tr("Could not be queued: %1").arg(error)};
            releaseChildren(i, {}, error);
        }
    }
}

bool TeamsAdoptionRun::isAdopting(TeamsObjectKind kind, const QString &teamsId) const
{
    for (int i = 0; i < int(m_plan.size()); ++i) {
        const State state = m_rows.at(i).state;
        if (m_plan.at(i).kind == kind && m_plan.at(i).teamsId == teamsId &&
            (state == State::Queued || state == State::Waiting))
            return true;
    }
    return false;
}

int TeamsAdoptionRun::count(State state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [state](const RowStatus &r) { return r.state == state; }));
}

bool TeamsAdoptionRun::isFinished() const
{
    return count(State::Waiting) == 0 && count(State::Queued) == 0;
}

QString TeamsAdoptionRun::stateText(const RowStatus &status)
{
    switch (status.state) {
    case State::NotSent:
        return tr("Not sent");
    case State::Waiting:
        return tr("Waits for its parent");
    case State::Queued:
        return tr("Queued");
    case State::Created:
        return tr("✔ Created");
    case State::AlreadyThere:
        return tr("✔ Already there");
    case State::Failed:
        return tr("✖ %1").arg(status.reason);
    }
    return {};
}
