#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Pd {

// What went wrong, as a value. The message is already translated (built with Tr::tr) and names
// the field and the reason, so callers only choose where to show it. The field and the reason are
// also kept apart, so that a caller who knows a better name for the field (an import document's
// member for a CLI option, a target's parameter path) re-addresses the error with renamed() or
// about() and never searches or cuts the message text.
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
    QString message;   // translated, complete sentence
    QString field;     // the input field or path it concerns, untranslated ("day-of-week", "$.detail")
    int position = -1; // offset in the input text where it applies, or -1
    QString reason;    // translated: what is wrong, without the field ("a name is required.")
    // Untranslated technical lines for a "Copy details" button or a bug report (a cloud error's
    // service, operation, HTTP status, code and request id); empty for most errors. Never a secret.
    QString details;
    // Untranslated and machine-readable, when a caller decides by it: a cloud error's code
    // ("ExpiredTokenException") or how the call failed ("Network", "Timeout", "Credentials",
    // "MfaCodeNeeded"). Empty for most errors.
    QString cause = {};

    // By the house convention the message starts with its field, "field: reason"; the reason is
    // what follows (the whole message when it does not start so).
    static Error invalid(QString field, QString message, int position = -1)
    {
        const QString prefix = field + QStringLiteral(": ");
        QString reason = !field.isEmpty() && message.startsWith(prefix) ? message.mid(prefix.size()) : message;
        return Error{Code::InvalidInput, std::move(message), std::move(field), position, std::move(reason), {}};
    }
    static Error notFound(QString message) { return Error{Code::NotFound, message, {}, -1, message, {}}; }
    static Error conflict(QString message) { return Error{Code::Conflict, message, {}, -1, message, {}}; }
    static Error denied(QString message) { return Error{Code::PermissionDenied, message, {}, -1, message, {}}; }
    static Error storage(QString message) { return Error{Code::Storage, message, {}, -1, message, {}}; }
    static Error internal(QString message) { return Error{Code::Internal, message, {}, -1, message, {}}; }

    // The same reason said of another name for the same field (an import document's member for the
    // CLI option a service named): "path: reason".
    Error renamed(const QString &path) const
    {
        Error e = *this;
        e.field = path;
        e.message = QStringLiteral("%1: %2").arg(path, reason.isEmpty() ? message : reason);
        return e;
    }
    // The same error said of an enclosing field, by a caller that knows the larger path (a rule
    // target's parameter): the field becomes `path` and the message names it first, "path: message".
    Error about(const QString &path) const
    {
        Error e = *this;
        e.field = path;
        e.message = QStringLiteral("%1: %2").arg(path, message);
        e.reason = message;
        return e;
    }

    // The message, with the field in front when the message does not name it already (a field given
    // to an error after it was made, such as a refusal about a target's Arn).
    QString withField() const
    {
        return field.isEmpty() || message != reason ? message : QStringLiteral("%1: %2").arg(field, message);
    }

    // The exit code of pipelinedesk-cli for this error (DESIGN.md "Command-line contracts").
    int exitCode() const
    {
        switch (code) {
        case Code::InvalidInput:
        case Code::NotFound:
        case Code::Conflict: return 2;
        case Code::PermissionDenied: return 3;
        case Code::Storage:
        case Code::Internal: break;
        }
        return 1;
    }
};

// Either a value or an Error (Qt Creator's Utils::Result, reduced to what C++17 offers).
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

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

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_ok(false)
        , m_error(std::move(error))
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    bool m_ok = true;
    Error m_error;
};

using Status = Result<void>;

} // namespace Pd
