#include "awsprotocol.h"

#include "core/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMap>
#include <QUuid>
#include <QXmlStreamReader>

#include <cmath>

namespace Pd {

namespace {

// The operation as the errors name it, the way IAM names the action.
QString actionName(const AwsOperation &operation)
{
    return operation.service + QLatin1Char(':') + operation.name;
}

// RFC 3986 with only the unreserved characters left as they are: what the SDKs do to a URI label
// (encodeURIComponent plus !'()*), a query name or value, and a Query-protocol form field. A
// greedy label ({Key+}) keeps its slashes.
QByteArray strictEncode(const QString &text, const QByteArray &keep = {})
{
    return text.toUtf8().toPercentEncoding(keep);
}

// A number as JavaScript prints it, which is what the SDKs put in a URI or a form: integers
// without a fraction or an exponent, others in the shortest form that reads back the same.
QString numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 9007199254740992.0)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// A scalar as text for a label, a query parameter or a header; false when it is not a scalar.
bool scalarText(const QJsonValue &value, QString *text)
{
    switch (value.type()) {
    case QJsonValue::String: *text = value.toString(); return true;
    case QJsonValue::Double: *text = numberText(value.toDouble()); return true;
    case QJsonValue::Bool: *text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false"); return true;
    default: return false;
    }
}

// The SDKs serialise only the members that are set: a null member is not sent.
QJsonValue withoutNulls(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (!it.value().isNull() && !it.value().isUndefined())
                out.insert(it.key(), withoutNulls(it.value()));
        }
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(withoutNulls(item));
        return out;
    }
    return value;
}

QJsonObject withTokens(const AwsOperation &operation, const QJsonObject &input)
{
    QJsonObject out = withoutNulls(input).toObject();
    for (const QString &member : operation.idempotencyTokens) {
        if (!out.contains(member))
            out.insert(member, QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    return out;
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<AwsRequest> encodeJson11(const AwsOperation &operation, const QJsonObject &input, AwsRequest request)
{
    request.method = "POST";
    request.path = "/";
    request.headers.append(HttpHeader("Content-Type", "application/x-amz-json-1.1"));
    request.headers.append({"X-Amz-Target", (operation.targetPrefix + QLatin1Char('.') + operation.name).toUtf8()});
    request.body = compactJson(input);
    return request;
}

Result<AwsRequest> encodeRestJson(const AwsOperation &operation, QJsonObject input, AwsRequest request)
{
    request.method = operation.method;
    QString uri = operation.uri.isEmpty() ? QStringLiteral("/") : operation.uri;
    QByteArray literalQuery;
    if (const qsizetype mark = uri.indexOf(QLatin1Char('?')); mark >= 0) {
        literalQuery = uri.mid(mark + 1).toUtf8();
        uri.truncate(mark);
    }

    // Sorted by name, as the SDKs send them; a list repeats its name.
    QMap<QByteArray, QList<QByteArray>> query;
    for (const AwsBinding &binding : operation.bindings) {
        const QJsonValue value = input.value(binding.member);
        input.remove(binding.member);
        switch (binding.location) {
        case AwsBinding::Location::Label: {
            QString text;
            if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
                return Error::invalid(
                    binding.member,
                    Tr::tr("%1: a value is required; it goes in the request's path.").arg(binding.member));
            if (!scalarText(value, &text))
                return Error::invalid(
                    binding.member,
                    Tr::tr("%1: only text, a number, true or false can go in the request's path.").arg(binding.member));
            const bool greedy = uri.contains(QStringLiteral("{%1+}").arg(binding.wireName));
            const QString placeholder =
                greedy ? QStringLiteral("{%1+}").arg(binding.wireName) : QStringLiteral("{%1}").arg(binding.wireName);
            uri.replace(placeholder, QString::fromLatin1(strictEncode(text, greedy ? "/" : "")));
            break;
        }
        case AwsBinding::Location::Query:
        case AwsBinding::Location::Header: {
            if (value.isUndefined() || value.isNull())
                break;
            QStringList texts;
            const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray{value};
            for (const QJsonValue &item : items) {
                QString text;
                if (!scalarText(item, &text))
                    return Error::invalid(
                        binding.member,
                        Tr::tr("%1: only text, numbers, true or false can go in the request's query or headers.")
                            .arg(binding.member));
                texts.append(text);
            }
            if (binding.location == AwsBinding::Location::Header) {
                // A list header is one comma-separated value, as in the SDKs.
                if (!texts.isEmpty())
                    request.headers.append({binding.wireName.toUtf8(), texts.join(QLatin1Char(',')).toUtf8()});
            } else {
                for (const QString &text : std::as_const(texts))
                    query[strictEncode(binding.wireName)].append(strictEncode(text));
            }
            break;
        }
        }
    }
    request.path = uri.toUtf8();

    QList<QByteArray> pairs;
    if (!literalQuery.isEmpty())
        pairs.append(literalQuery);
    for (auto it = query.begin(); it != query.end(); ++it) {
        for (const QByteArray &value : it.value())
            pairs.append(it.key() + '=' + value);
    }
    request.query = pairs.join('&');

    if (operation.bodyMembers) {
        request.headers.append(HttpHeader("Content-Type", "application/json"));
        request.body = compactJson(input);
    }
    return request;
}

// Query-protocol form fields: nested members joined with '.', list items as Name.member.N (from 1),
// and an empty list as the bare name with an empty value, as the SDKs flatten them.
void flatten(const QString &prefix, const QJsonValue &value, QList<QPair<QString, QString>> *fields)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), it.value(), fields);
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            fields->append({prefix, QString()});
        for (qsizetype i = 0; i < array.size(); ++i)
            flatten(prefix + QStringLiteral(".member.%1").arg(i + 1), array.at(i), fields);
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    default: {
        QString text;
        scalarText(value, &text);
        fields->append({prefix, text});
        break;
    }
    }
}

Result<AwsRequest> encodeQuery(const AwsOperation &operation, const QJsonObject &input, AwsRequest request)
{
    request.method = "POST";
    request.path = "/";
    request.headers.append(HttpHeader("Content-Type", "application/x-www-form-urlencoded"));
    QList<QPair<QString, QString>> fields{{QStringLiteral("Action"), operation.name},
                                          {QStringLiteral("Version"), operation.apiVersion}};
    flatten(QString(), input, &fields);
    QList<QByteArray> pairs;
    for (const auto &[name, value] : std::as_const(fields))
        pairs.append(strictEncode(name) + '=' + strictEncode(value));
    request.body = pairs.join('&');
    return request;
}

QByteArray headerValue(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// An answer this protocol does not give: a proxy's page, a truncated body. Internal (exit 1), as
// nothing the user typed is wrong; the message names the operation.
Error malformed(const QString &message)
{
    return Error::internal(message);
}

Result<QJsonObject> decodeJson(const AwsOperation &operation, const AwsResponse &response)
{
    QJsonObject output;
    if (!response.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return malformed(
                Tr::tr("The answer to %1 is not valid JSON: %2.").arg(actionName(operation), parseError.errorString()));
        if (!document.isObject())
            return malformed(Tr::tr("The answer to %1 is not a JSON object.").arg(actionName(operation)));
        output = document.object();
    }
    for (const AwsBinding &binding : operation.outputHeaders) {
        const QByteArray value = headerValue(response.headers, binding.wireName.toUtf8());
        if (!value.isNull())
            output.insert(binding.member, QString::fromUtf8(value));
    }
    return output;
}

// One XML element, its start tag just read, as JSON: text for a leaf (typed by the model's
// outputTypes), an array when its children are <member> items, an object otherwise.
Result<QJsonValue> readElement(const AwsOperation &operation, QXmlStreamReader &reader)
{
    const QString name = reader.name().toString();
    QString text;
    QJsonObject object;
    QJsonArray array;
    bool hasChildren = false;
    bool onlyMembers = true;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::Characters) {
            text += reader.text();
        } else if (token == QXmlStreamReader::StartElement) {
            const QString child = reader.name().toString();
            Result<QJsonValue> value = readElement(operation, reader);
            if (!value)
                return value.error();
            hasChildren = true;
            if (child == QLatin1String("member"))
                array.append(*value);
            else
                onlyMembers = false;
            object.insert(child, *value);
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        }
    }
    if (reader.hasError())
        return QJsonValue();
    if (hasChildren)
        return onlyMembers ? QJsonValue(array) : QJsonValue(object);

    switch (operation.outputTypes.value(name, QJsonValue::String)) {
    case QJsonValue::Double: {
        bool ok = false;
        const double number = text.trimmed().toDouble(&ok);
        if (ok)
            return QJsonValue(number);
        break;
    }
    case QJsonValue::Bool:
        if (text.trimmed() == QLatin1String("true") || text.trimmed() == QLatin1String("false"))
            return QJsonValue(text.trimmed() == QLatin1String("true"));
        break;
    case QJsonValue::Array:
        if (text.trimmed().isEmpty())
            return QJsonValue(QJsonArray());
        break;
    default: return QJsonValue(text);
    }
    return malformed(Tr::tr("The answer to %1 has “%2” in %3, which is not of the expected type.")
                         .arg(actionName(operation), text, name));
}

Result<QJsonObject> decodeQuery(const AwsOperation &operation, const AwsResponse &response)
{
    const QString rootName = operation.name + QStringLiteral("Response");
    const QString resultName = operation.name + QStringLiteral("Result");
    QXmlStreamReader reader(response.body);
    while (!reader.atEnd() && reader.readNext() != QXmlStreamReader::StartElement) {
    }
    if (reader.hasError() || reader.tokenType() != QXmlStreamReader::StartElement)
        return malformed(
            Tr::tr("The answer to %1 is not valid XML: %2.")
                .arg(actionName(operation), reader.hasError() ? reader.errorString() : Tr::tr("it is empty")));
    if (reader.name() != rootName)
        return malformed(Tr::tr("The answer to %1 starts with <%2> where <%3> was expected.")
                             .arg(actionName(operation), reader.name().toString(), rootName));

    QJsonObject output;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const bool isResult = reader.name() == resultName;
            Result<QJsonValue> value = readElement(operation, reader);
            if (!value)
                return value.error();
            if (isResult && value->isObject())
                output = value->toObject();
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        }
    }
    if (reader.hasError())
        return malformed(
            Tr::tr("The answer to %1 is not valid XML: %2.").arg(actionName(operation), reader.errorString()));
    return output;
}

} // namespace

namespace AwsProtocols {

const AwsOperation *find(const QList<const AwsOperation *> &operations, const QString &name)
{
    for (const AwsOperation *o : operations) {
        if (o->name == name)
            return o;
    }
    return nullptr;
}

} // namespace AwsProtocols

namespace AwsProtocols {

Result<AwsRequest> encode(const AwsOperation &operation, const QJsonObject &input)
{
    AwsRequest request;
    request.service = operation.service;
    request.operation = operation.name;
    const QJsonObject members = withTokens(operation, input);
    switch (operation.protocol) {
    case AwsProtocol::Json11: return encodeJson11(operation, members, std::move(request));
    case AwsProtocol::RestJson: return encodeRestJson(operation, members, std::move(request));
    case AwsProtocol::Query: return encodeQuery(operation, members, std::move(request));
    }
    return Error::internal(QStringLiteral("unknown AWS protocol"));
}

Result<QJsonObject> decode(const AwsOperation &operation, const AwsResponse &response)
{
    if (operation.protocol == AwsProtocol::Query)
        return decodeQuery(operation, response);
    return decodeJson(operation, response);
}

} // namespace AwsProtocols

} // namespace Pd
