#pragma once

// OpenSSL keeps state per thread (the thread's random generators, its error queue) and frees it from a
// pthread key destructor when the thread ends. For a QThread that happens after QThread::wait() has
// returned, so a process that joins its pools and exits at once can end while a worker is still freeing
// that state: LeakSanitizer then reports OpenSSL's per-thread generators as lost.
//
// Calling releaseWhenThisThreadFinishes() on a QThread (a pool thread, the writer, an HTTP worker) moves
// that clean-up into the thread's own finish step, before wait() returns. Cheap after the first call.
namespace OpenSslThreadState {
void releaseWhenThisThreadFinishes();
}
