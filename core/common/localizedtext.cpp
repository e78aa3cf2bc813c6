#include "common/localizedtext.h"

#include "common/language.h"

#include <QJsonObject>

namespace nianbao {

QString LocalizedText::text() const
{
    if (currentLanguage() == Language::Chinese) {
        return zh.isEmpty() ? en : zh;
    }
    return en.isEmpty() ? zh : en;
}

LocalizedText LocalizedText::fromJson(const QJsonValue& value)
{
    if (value.isString()) {
        return {value.toString(), {}};
    }
    const QJsonObject object = value.toObject();
    return {object.value(QLatin1String("zh")).toString(),
            object.value(QLatin1String("en")).toString()};
}

QJsonValue LocalizedText::toJson() const
{
    return QJsonObject{{QStringLiteral("zh"), zh}, {QStringLiteral("en"), en}};
}

} // namespace nianbao
