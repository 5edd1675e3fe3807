#pragma once

#include "common/Error.h"

#include <utility>
#include <variant>

// A value or an Error: the return type of every core operation that can fail (std::expected is C++23).
//
//   Result<Book> created = books.create(actor, draft);
//   if (!created)
//       return created.error();
//   use(created.value());
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value)
        : m_state(std::in_place_index<0>, value)
    { }
    Result(T &&value)
        : m_state(std::in_place_index<0>, std::move(value))
    { }
    Result(const Error &error)
        : m_state(std::in_place_index<1>, error)
    { }
    Result(Error &&error)
        : m_state(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_state); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error)
        : m_error(error)
        , m_failed(true)
    { }
    Result(Error &&error)
        : m_error(std::move(error))
        , m_failed(true)
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;
