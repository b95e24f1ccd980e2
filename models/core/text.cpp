#include "core/text.h"

#include "core/tr.h"

namespace Pd {

QString decodeUtf8Escaped(QByteArrayView bytes)
{
    QString result;
    result.reserve(bytes.size());
    const auto escape = [&result](uchar byte) {
        result.append(QChar(char16_t(0xDC00 + byte)));
    };
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = uchar(bytes[i]);
        if (lead < 0x80) {
            result.append(QChar(char16_t(lead)));
            ++i;
            continue;
        }
        // The length of the sequence and the smallest code point it may encode (no overlongs).
        int length = 0;
        char32_t codePoint = 0;
        char32_t minimum = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            codePoint = lead & 0x1F;
            minimum = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            codePoint = lead & 0x0F;
            minimum = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            codePoint = lead & 0x07;
            minimum = 0x10000;
        }
        bool valid = length > 0 && i + length <= size;
        for (int k = 1; valid && k < length; ++k) {
            const uchar continuation = uchar(bytes[i + k]);
            valid = (continuation & 0xC0) == 0x80;
            codePoint = (codePoint << 6) | (continuation & 0x3F);
        }
        valid = valid && codePoint >= minimum && codePoint <= 0x10FFFF && (codePoint < 0xD800 || codePoint > 0xDFFF);
        if (!valid) {
            // Only the lead byte is escaped: what follows is decoded afresh, as a decoder that
            // resynchronises does, so one bad byte does not swallow the valid text after it.
            escape(lead);
            ++i;
            continue;
        }
        if (codePoint >= 0x10000) {
            result.append(QChar::highSurrogate(codePoint));
            result.append(QChar::lowSurrogate(codePoint));
        } else {
            result.append(QChar(char16_t(codePoint)));
        }
        i += length;
    }
    return result;
}

Status checkText(const QString &field, const QString &text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c)) {
            // decodeUtf8Escaped's U+DC80..U+DCFF stand for the byte that was not UTF-8.
            if (c >= 0xDC80 && c <= 0xDCFF)
                return Error::invalid(field,
                                      Tr::tr("%1: the text is not valid UTF-8 (the byte 0x%2 at character %3).")
                                          .arg(field, QString::number(c - 0xDC00, 16).toUpper())
                                          .arg(i + 1),
                                      int(i));
            return Error::invalid(field,
                                  Tr::tr("%1: the text is not valid Unicode (a lone surrogate U+%2 at character %3).")
                                      .arg(field, QString::number(c, 16).toUpper())
                                      .arg(i + 1),
                                  int(i));
        }
        const bool allowed = c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x20 && c <= 0xFFFD);
        if (!allowed)
            return Error::invalid(field,
                                  Tr::tr("%1: the character U+%2 at character %3 is not allowed: of the control "
                                         "characters, text may only hold tab, line feed and carriage return.")
                                      .arg(field, QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper())
                                      .arg(i + 1),
                                  int(i));
    }
    return {};
}

} // namespace Pd
