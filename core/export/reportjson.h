#pragma once

#include "common/error.h"
#include "model/report.h"

#include <QJsonObject>

namespace nianbao {

class JsonWriter;

/// A report as the JSON object of the CLI contract (../spec/cli-json.md): file, format,
/// encoding, template, meta, cells, issues — plus extras, labels and narrative, which the
/// contract allows as extensions. Findings carry their message in the current language and,
/// for programs, the untranslated template and arguments.
QJsonObject reportToJson(const Report& report);

/// The same object written as a stream: the bytes QJsonDocument gives for reportToJson(), in a
/// fraction of the work (no object is built). What `nianbao-cli extract` prints.
void writeReportJson(JsonWriter& out, const Report& report);

/// The inverse of reportToJson (values, spans, confidence, findings and all).
Result<Report> reportFromJson(const QJsonObject& object);

} // namespace nianbao
