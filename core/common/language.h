#pragma once

#include <QString>

class QCoreApplication;

namespace nianbao {

/// The language of user-visible text: Chinese (the default on a Chinese system) or English.
enum class Language { Chinese, English };

/// The language currently installed by installTranslations (English until then).
Language currentLanguage();

/// "zh_CN" or "en", as used in the .ts/.qm file names and settings.
QString languageCode(Language language);
Language languageFromCode(const QString& code);

/// Chinese when the system locale is Chinese, English otherwise.
Language systemLanguage();

/// Loads the embedded Nianbao and Qt translations for `language` into the application,
/// replacing any previously installed by this function.
void installTranslations(Language language);

} // namespace nianbao
