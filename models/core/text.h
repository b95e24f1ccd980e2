// Text that comes from outside (command-line arguments, files, documents) before a service trusts
// it: decoding that keeps what could not be decoded visible, and the one check of free text.
#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QString>

namespace Pd {

// UTF-8 decoded without losing a fault: each byte that is not part of a valid UTF-8 sequence
// (a stray continuation byte, a truncated or overlong sequence, an encoded surrogate, a value above
// U+10FFFF) becomes the lone surrogate U+DC80 + byte, as Python's "surrogateescape" does, instead of
// the U+FFFD that QString::fromUtf8 puts in its place. checkText() refuses such a character, so
// the service that receives the text names the field and the byte; nothing is rewritten silently.
QString decodeUtf8Escaped(QByteArrayView bytes);

// Free text a person typed (a description, an event pattern, a name before its own pattern is
// checked): the characters AWS's wire protocols carry, those of XML 1.0 — tab, line feed, carriage
// return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF (surrogates only in valid pairs).
// Refused, as InvalidInput naming `field` and the 0-based position: NUL and the other control
// characters, U+FFFE and U+FFFF, and a lone surrogate (a byte decodeUtf8Escaped could not decode,
// named as "not valid UTF-8").
Status checkText(const QString &field, const QString &text);

} // namespace Pd
