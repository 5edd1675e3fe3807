#pragma once

// Qt on Linux runs its event loops on GLib unless QT_NO_GLIB is set; Qt's own UNIX dispatcher serves
// 15–40 % more requests per second (docs/performance.md). Call before constructing the
// Q(Core)Application: every thread created afterwards, HTTP workers included, gets the UNIX dispatcher.
// A QT_NO_GLIB already in the environment is left as it is.
namespace UnixEventDispatcher {
void preferForThisProcess();
}
