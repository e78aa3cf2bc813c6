// Writes the committed format fixtures of tests/data/formats from generated figures:
//   make_format_fixtures [FOLDER]        (run with QT_QPA_PLATFORM=offscreen)
// Each readable fixture comes with FILE.expected.json holding its template and every cell's
// value, which tst_formatfixtures compares against. encrypted.pdf needs qpdf.

#include "documents/externaltool.h"
#include "docxfile.h"
#include "htmlpage.h"
#include "pdfwriting.h"
#include "reportlayout.h"
#include "templates/templateregistry.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace nianbao;

namespace {

bool write(const QDir& folder, const QString& name, const QByteArray& bytes)
{
    QFile file(folder.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qUtf8Printable(file.fileName()));
        return false;
    }
    std::printf("wrote %s (%lld bytes)\n", qUtf8Printable(file.fileName()),
                static_cast<long long>(bytes.size()));
    return true;
}

QByteArray expectedJson(const test::ReportLayout& layout)
{
    QJsonObject cells;
    for (const QString& key : layout.keys) {
        cells.insert(key, layout.values.value(key));
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("template"), layout.templateId},
                                     {QStringLiteral("cells"), cells}})
        .toJson();
}

test::ReportLayout layoutFor(const QString& templateId, quint32 seed, const QString& agency)
{
    const ReportTemplate& format = *TemplateRegistry::builtin().find(templateId);
    return test::officialLayout(format, test::sampleFigures(format, seed), agency);
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication application(argc, argv);
    const QDir folder(argc > 1 ? QString::fromLocal8Bit(argv[1])
                               : test::dataPath(QStringLiteral("formats")));
    if (!folder.exists() && !QDir().mkpath(folder.path())) {
        return 1;
    }
    bool ok = true;

    // A saved government page in GBK, declared the old way, clutter around the article.
    const test::ReportLayout page =
        layoutFor(QStringLiteral("2021"), 101, QStringLiteral("示例县农业农村局"));
    ok &= write(folder, QStringLiteral("gbk-page.html"),
                test::htmlPage(page, {"gb2312", true, true, true}));
    ok &= write(folder, QStringLiteral("gbk-page.html.expected.json"), expectedJson(page));

    // A Word document of the 2019 format: merged cells, runs split mid-number.
    const test::ReportLayout word =
        layoutFor(QStringLiteral("2019"), 103, QStringLiteral("示例市司法局"));
    const QByteArray docx = test::docxFile(word);
    ok &= write(folder, QStringLiteral("merged-cells.docx"), docx);
    ok &= write(folder, QStringLiteral("merged-cells.docx.expected.json"), expectedJson(word));

    // A PDF whose table 3 runs over a page break.
    const test::ReportLayout pdf =
        layoutFor(QStringLiteral("2021"), 105, QStringLiteral("示例区市场监督管理局"));
    test::PdfOptions options;
    options.fillerParagraphs = 3;
    options.fontPointSize = 9;
    ok &= write(folder, QStringLiteral("two-page-table.pdf"), test::pdfFile(pdf, options));
    ok &= write(folder, QStringLiteral("two-page-table.pdf.expected.json"), expectedJson(pdf));

    // Bad files.
    ok &= write(
        folder, QStringLiteral("no-tables.docx"),
        test::docxWithParagraphs({QStringLiteral("示例镇人民政府2023年政府信息公开工作年度报告"),
                                  QStringLiteral("一、总体情况"),
                                  QStringLiteral("本年度未收到政府信息公开申请。")}));
    ok &= write(folder, QStringLiteral("truncated.docx"), docx.first(docx.size() * 3 / 5));
    QByteArray bomb = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats."
                      "org/wordprocessingml/2006/main\"><w:body>";
    bomb += QByteArray(40 * 1024 * 1024, ' ');
    bomb += "</w:body></w:document>";
    ok &= write(folder, QStringLiteral("zip-bomb.docx"), test::docxWithDocumentXml(bomb));

    const QString qpdf = findTool(QStringLiteral("qpdf"));
    if (qpdf.isEmpty()) {
        std::fprintf(stderr, "qpdf is not installed: encrypted.pdf left as it is\n");
    } else {
        const Result<ToolRun> run =
            runTool(qpdf,
                    {QStringLiteral("--encrypt"), QStringLiteral("user-secret"),
                     QStringLiteral("owner-secret"), QStringLiteral("256"), QStringLiteral("--"),
                     folder.filePath(QStringLiteral("two-page-table.pdf")),
                     folder.filePath(QStringLiteral("encrypted.pdf"))},
                    60000);
        ok &= run && run->exitCode == 0;
        std::printf("wrote %s\n", qUtf8Printable(folder.filePath(QStringLiteral("encrypted.pdf"))));
    }
    return ok ? 0 : 1;
}
