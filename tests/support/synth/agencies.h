#pragma once

#include <QRandomGenerator>
#include <QString>

namespace nianbao::synth {

/// A plausible name of an administrative body ("青禾县自然资源和规划局", "临江市东湖区卫北街道
/// 办事处"). Place names are composed from common characters, so that generated figures are not
/// attributed to a real body.
QString randomAgency(QRandomGenerator& random);

/// "<agency><year>年政府信息公开工作年度报告".
QString reportTitle(const QString& agency, int year);

} // namespace nianbao::synth
