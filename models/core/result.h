#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Pd {

// What went wrong, as a value. The message is already translated (built with Tr::tr) and names
// the field and the reason, so callers only choose where to show it.
struct Error
{
    enum class Code {
        InvalidInput,     // the user gave something malformed or out of range   (CLI exit 2)
        NotFound,         // a named thing does not exist                          (CLI exit 2)
        Conflict,         // the thing exists, or the state forbids the operation  (CLI exit 2)
        PermissionDenied, // the identity may not do this                          (CLI exit 3)
        Storage,          // the workspace file could not be read or written       (CLI exit 1)
        Internal,         // a bug or an unexpected condition                      (CLI exit 1)
    };

    Code code = Code::Internal;
    QString message; // translated, complete sentence
    QString field;   // the input field or path it concerns, untranslated ("day-of-week", "$.detail")
    int position = -1; // offset in the input text where it applies, or -1

    static Error invalid(QString field, QString message, int position = -1)
    {
        return Error{Code::InvalidInput, std::move(message), std::move(field), position};
    }
    static Error notFound(QString message) { return Error{Code::NotFound, std::move(message), {}, -1}; }
    static Error conflict(QString message) { return Error{Code::Conflict, std::move(message), {}, -1}; }
    static Error denied(QString message) { return Error{Code::PermissionDenied, std::move(message), {}, -1}; }
    static Error storage(QString message) { return Error{Code::Storage, std::move(message), {}, -1}; }
    static Error internal(QString message) { return Error{Code::Internal, std::move(message), {}, -1}; }

    // The same error said of another field, by a caller that knows the larger path (a rule target's
    // parameter, a rule of an import): the field becomes `path` and the message names it first,
    // "path: message". The message keeps naming its field, so no caller compares or edits its text
    // to decide whether a field is already mentioned.
    Error about(const QString &path) const
    {
        Error e = *this;
        e.field = path;
        e.message = QStringLiteral("%1: %2").arg(path, message);
        return e;
    }

    // The exit code of pipelinedesk-cli for this error (DESIGN.md "Command-line contracts").
    int exitCode() const
    {
        switch (code) {
        case Code::InvalidInput:
        case Code::NotFound:
        case Code::Conflict:
            return 2;
        case Code::PermissionDenied:
            return 3;
        case Code::Storage:
        case Code::Internal:
            break;
        }
        return 1;
    }
};

// Either a value or an Error (Qt Creator's Utils::Result, reduced to what C++17 offers).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_ok(false), m_error(std::move(error)) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    bool m_ok = true;
    Error m_error;
};

using Status = Result<void>;

} // namespace Pd
