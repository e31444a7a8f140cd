#include "tokenvault.h"

#include <qt6keychain/keychain.h>

namespace zs {

namespace {

TokenVault::Result resultOf(const QKeychain::Job *job)
{
    TokenVault::Result r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.ok = true;
        break;
    case QKeychain::EntryNotFound:
        r.notFound = true;
        break;
    case QKeychain::CouldNotDeleteEntry:
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // OtherError is what a missing Secret Service (no D-Bus session, no daemon) comes to.
        r.unavailable = true;
        break;
    }
    r.detail = job->errorString();
    return r;
}

/// Starts a job whose finished() answers done once; the job deletes itself.
void run(QKeychain::Job *job, const QString &key, const TokenVault::Done &done,
    const std::function<void(const QKeychain::Job *, TokenVault::Result *)> &extra = {})
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done, extra](QKeychain::Job *j) {
        TokenVault::Result r = resultOf(j);
        if (extra)
            extra(j, &r);
        done(r);
    });
    job->start();
}

} // namespace

TokenVault::TokenVault(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

void TokenVault::save(const QString &key, const QString &token, const Done &done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(token);
    run(job, key, done);
}

void TokenVault::load(const QString &key, const Done &done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    run(job, key, done, [](const QKeychain::Job *j, Result *r) {
        if (r->ok)
            r->token = static_cast<const QKeychain::ReadPasswordJob *>(j)->textData();
    });
}

void TokenVault::remove(const QString &key, const Done &done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    run(job, key, done, [](const QKeychain::Job *, Result *r) {
        if (r->notFound)
            r->ok = true;
    });
}

} // namespace zs
