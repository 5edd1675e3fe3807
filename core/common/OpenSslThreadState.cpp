#include "OpenSslThreadState.h"

#include <QThreadStorage>

#include <openssl/crypto.h>

namespace {

struct Releaser
{
    ~Releaser() { OPENSSL_thread_stop(); }
};

} // namespace

void OpenSslThreadState::releaseWhenThisThreadFinishes()
{
    // QThreadStorage deletes its per-thread values in QThread's finish step, before waiters wake.
    static QThreadStorage<Releaser *> releasers;
    if (!releasers.hasLocalData())
        releasers.setLocalData(new Releaser);
}
