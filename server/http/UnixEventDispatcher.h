#pragma once

// Qt on Linux runs its event loops on GLib unless QT_NO_GLIB is set; Qt's own UNIX dispatcher serves
// 15–40 % more requests per second (docs/performance.md). Qt reads the variable whenever it creates a
// thread's dispatcher, so:
//  - called before the Q(Core)Application exists (bookwarden-server), every thread uses the UNIX one;
//  - called after the QApplication exists but before the server starts (the GUI), the GUI thread keeps
//    GLib (for GTK integration) and only threads created afterwards, the HTTP workers, use UNIX.
// Call it while no other thread runs: setenv() is not thread-safe. A QT_NO_GLIB already in the
// environment is left as it is.
namespace UnixEventDispatcher {
void preferForThisProcess();
}
