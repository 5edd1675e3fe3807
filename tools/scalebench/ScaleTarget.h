#pragma once

#include "users/Actor.h"

#include <QString>

class Backend;

// One generated database the benchmarks compare: its label in the tables ("1k", "1M"), the open backend,
// and the account that owns half of its books.
struct ScaleTarget
{
    QString label;
    Backend *backend = nullptr;
    Actor bigOwner;
    qint64 books = 0;
};
