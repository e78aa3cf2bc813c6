#include "workspace/reportdetails.h"

#include "common/prompter.h"
#include "common/timetext.h"
#include "model/agencyname.h"
#include "session/reportsession.h"
#include "store/archive.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nianbao::ui {

namespace {

/// The years a report may cover: from the regulations' first year to well ahead.
constexpr int kFirstYear = 2008;
constexpr int kLastYear = 2100;

QString fieldValue(const ReportInfo& info, ReportField field)
{
    switch (field) {
    case ReportField::Agency:
        return info.agency;
    case ReportField::Year:
        return info.year ? QString::number(*info.year) : QString();
    case ReportField::Title:
        return info.title;
    case ReportField::Region:
        return info.region;
    case ReportField::Status:
        break;
    }
    return {};
}

} // namespace

ReportDetails::ReportDetails(Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_prompter(prompter)
    , m_agencyLabel(new QLabel(this))
    , m_yearLabel(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_regionLabel(new QLabel(this))
    , m_bodyLabel(new QLabel(this))
    , m_agency(new QLineEdit(this))
    , m_year(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_body(new QLabel(this))
    , m_sameBody(new QPushButton(this))
    , m_copiesLabel(new QLabel(this))
    , m_copies(new QLabel(this))
    , m_keep(new QPushButton(this))
    , m_restore(new QPushButton(this))
{
    m_copies->setObjectName(QStringLiteral("detailsCopies"));
    m_keep->setObjectName(QStringLiteral("keepThisButton"));
    m_restore->setObjectName(QStringLiteral("restoreReportButton"));
    m_copies->setWordWrap(true);
    connect(m_keep, &QPushButton::clicked, this, [this] {
        if (m_session) {
            emit keepRequested(m_session->id());
        }
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (m_session) {
            emit restoreRequested(m_session->id());
        }
    });
    m_agency->setObjectName(QStringLiteral("detailsAgency"));
    m_year->setObjectName(QStringLiteral("detailsYear"));
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_region->setObjectName(QStringLiteral("detailsRegion"));
    m_body->setObjectName(QStringLiteral("detailsBody"));
    m_sameBody->setObjectName(QStringLiteral("sameBodyButton"));
    m_year->setValidator(new QIntValidator(kFirstYear, kLastYear, m_year));
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const std::pair<QLineEdit*, ReportField> fields[] = {{m_agency, ReportField::Agency},
                                                         {m_year, ReportField::Year},
                                                         {m_title, ReportField::Title},
                                                         {m_region, ReportField::Region}};
    for (const auto& [edit, field] : fields) {
        connect(edit, &QLineEdit::editingFinished, this, [this, field] { commit(field); });
    }
    connect(m_sameBody, &QPushButton::clicked, this, &ReportDetails::askSameBody);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* agencyRow = new QHBoxLayout;
    agencyRow->addWidget(m_agency, 3);
    agencyRow->addWidget(m_yearLabel);
    agencyRow->addWidget(m_year, 1);
    agencyRow->addWidget(m_regionLabel);
    agencyRow->addWidget(m_region, 1);
    form->addRow(m_agencyLabel, agencyRow);
    form->addRow(m_titleLabel, m_title);
    auto* bodyRow = new QHBoxLayout;
    bodyRow->addWidget(m_body, 1);
    bodyRow->addWidget(m_sameBody);
    form->addRow(m_bodyLabel, bodyRow);
    auto* copiesRow = new QHBoxLayout;
    copiesRow->addWidget(m_copies, 1);
    copiesRow->addWidget(m_keep);
    copiesRow->addWidget(m_restore);
    form->addRow(m_copiesLabel, copiesRow);
    m_agencyLabel->setBuddy(m_agency);
    m_yearLabel->setBuddy(m_year);
    m_titleLabel->setBuddy(m_title);
    m_regionLabel->setBuddy(m_region);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    retranslate();
    setSession(nullptr, nullptr);
}

QLineEdit* ReportDetails::editor(ReportField field) const
{
    switch (field) {
    case ReportField::Agency:
        return m_agency;
    case ReportField::Year:
        return m_year;
    case ReportField::Title:
        return m_title;
    case ReportField::Region:
        return m_region;
    case ReportField::Status:
        break;
    }
    return nullptr;
}

void ReportDetails::setSession(ReportSession* session, store::Archive* archive)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_archive = archive;
    if (m_session) {
        connect(m_session, &ReportSession::infoChanged, this, &ReportDetails::refresh);
        connect(m_session, &ReportSession::findingsChanged, this, &ReportDetails::refreshCopies);
    }
    setEnabled(m_session != nullptr);
    refresh();
}

void ReportDetails::commit(ReportField field)
{
    QLineEdit* edit = editor(field);
    if (!m_session || !edit) {
        return;
    }
    const QString value = edit->text().trimmed();
    if (value == fieldValue(m_session->info(), field)) {
        return;
    }
    if (const Result<void> done = m_session->setField(field, value, QString()); !done) {
        emit message(done.error().message);
        edit->setText(fieldValue(m_session->info(), field));
    }
}

void ReportDetails::askSameBody()
{
    if (!m_session || m_session->info().agency.isEmpty()) {
        emit message(tr("Set the agency first: a body is matched by the name it prints."));
        return;
    }
    const QString agency = m_session->info().agency;
    const std::optional<QString> body = m_prompter.askText(
        this, tr("Same body as…"),
        tr("Reports printed “%1” are the body named (another name it printed in other years, "
           "or its registry name; empty to undo the match):")
            .arg(agency),
        agency);
    if (!body) {
        return;
    }
    emit sameBodyRequested(agency, body->trimmed() == agency ? QString() : body->trimmed());
}

void ReportDetails::refresh()
{
    const std::pair<QLineEdit*, ReportField> fields[] = {{m_agency, ReportField::Agency},
                                                         {m_year, ReportField::Year},
                                                         {m_title, ReportField::Title},
                                                         {m_region, ReportField::Region}};
    for (const auto& [edit, field] : fields) {
        edit->setText(m_session ? fieldValue(m_session->info(), field) : QString());
        edit->setCursorPosition(0);
    }
    QString names;
    if (m_session && m_archive && !m_session->info().agency.isEmpty()) {
        const Result<QStringList> keys = m_archive->bodyKeys(m_session->info().agency);
        if (keys && keys->size() > 1) {
            names = tr("Also reports as: %1").arg(keys->mid(1).join(QStringLiteral("、")));
        }
    }
    m_body->setText(names.isEmpty() ? tr("Known by this name only") : names);
    refreshCopies();
}

void ReportDetails::refreshCopies()
{
    m_keep->hide();
    m_restore->hide();
    m_copies->setText(tr("None: this is the body's only report for the year"));
    if (!m_session || !m_archive) {
        m_copies->clear();
        return;
    }
    const ReportInfo& info = m_session->info();
    const Result<std::optional<store::Retirement>> retired = m_archive->retirement(info.id);
    if (retired && *retired) {
        const store::Retirement& retirement = **retired;
        m_copies->setText(tr("Retired: report %1 is kept as the body's report for the year (%2, "
                             "%3). This one is left out of datasets, charts and cross-year "
                             "checks.")
                              .arg(retirement.kept)
                              .arg(retirement.reviewer, shownTime(retirement.time)));
        m_restore->show();
        return;
    }
    if (!info.year || info.agency.isEmpty()) {
        return;
    }
    const Result<std::vector<ReportId>> reports = m_archive->bodyReports(info.agency, *info.year);
    if (!reports) {
        emit message(reports.error().message);
        return;
    }
    QStringList others;
    for (const ReportId other : *reports) {
        if (other != info.id) {
            others << QString::number(other);
        }
    }
    if (!others.isEmpty()) {
        m_copies->setText(tr("Also this body's report for %1: report %2")
                              .arg(*info.year)
                              .arg(others.join(QStringLiteral(", "))));
        m_keep->show();
    }
}

void ReportDetails::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ReportDetails::retranslate()
{
    m_agencyLabel->setText(tr("&Agency:"));
    m_yearLabel->setText(tr("&Year:"));
    m_titleLabel->setText(tr("T&itle:"));
    m_regionLabel->setText(tr("Re&gion:"));
    m_bodyLabel->setText(tr("Body:"));
    m_sameBody->setText(tr("Same body as…"));
    m_copiesLabel->setText(tr("Copies:"));
    m_keep->setText(tr("Keep This One"));
    m_keep->setToolTip(tr("This is the body's report for the year: the other copies are "
                          "retired (kept in the archive, left out of datasets, charts and "
                          "cross-year checks)"));
    m_restore->setText(tr("Bring Back"));
    m_restore->setToolTip(tr("Count this report again beside the one kept"));
    m_sameBody->setToolTip(tr("Say which body this agency name is, so that cross-year checks "
                              "and charts see every year of it"));
    m_agency->setPlaceholderText(tr("the publishing body, as the report prints it"));
    m_year->setPlaceholderText(tr("e.g. 2023"));
    refresh();
}

} // namespace nianbao::ui
