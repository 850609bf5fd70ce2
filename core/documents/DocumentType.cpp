#include "documents/DocumentType.h"

#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

namespace confab {
namespace {

// Text documents by extension. Source files go as text/plain: what the model needs is the file name, which
// goes with them.
const QHash<QString, QString> &textMimes()
{
    static const QHash<QString, QString> mimes = [] {
        QHash<QString, QString> m{
            {QStringLiteral("txt"), QStringLiteral("text/plain")},
            {QStringLiteral("text"), QStringLiteral("text/plain")},
            {QStringLiteral("log"), QStringLiteral("text/plain")},
            {QStringLiteral("md"), QStringLiteral("text/markdown")},
            {QStringLiteral("markdown"), QStringLiteral("text/markdown")},
            {QStringLiteral("csv"), QStringLiteral("text/csv")},
            {QStringLiteral("tsv"), QStringLiteral("text/tab-separated-values")},
            {QStringLiteral("json"), QStringLiteral("application/json")},
        };
        for (const char *source :
             {"c",     "cc",  "cpp",    "cxx",   "h",   "hh",    "hpp",    "hxx",  "m",    "mm",   "py",
              "rb",    "js",  "mjs",    "cjs",   "ts",  "tsx",   "jsx",    "java", "kt",   "kts",  "scala",
              "swift", "go",  "rs",     "cs",    "fs",  "php",   "pl",     "lua",  "r",    "jl",   "dart",
              "ex",    "exs", "erl",    "hs",    "ml",  "clj",   "sh",     "bash", "zsh",  "fish", "ps1",
              "bat",   "sql", "html",   "htm",   "css", "scss",  "xml",    "svg",  "yaml", "yml",  "toml",
              "ini",   "cfg", "conf",   "cmake", "qml", "proto", "gradle", "tex",  "rst",  "adoc", "diff",
              "patch", "vue", "svelte", "zig",   "nim", "v"})
            m.insert(QString::fromLatin1(source), QStringLiteral("text/plain"));
        return m;
    }();
    return mimes;
}

const QHash<QString, QString> &namedTextFiles()
{
    static const QHash<QString, QString> names{
        {QStringLiteral("makefile"), QStringLiteral("text/plain")},
        {QStringLiteral("dockerfile"), QStringLiteral("text/plain")},
        {QStringLiteral("cmakelists.txt"), QStringLiteral("text/plain")},
        {QStringLiteral("readme"), QStringLiteral("text/plain")},
        {QStringLiteral("license"), QStringLiteral("text/plain")},
    };
    return names;
}

} // namespace

std::optional<DocumentType> documentTypeOf(const QString &fileName, QByteArrayView head)
{
    if (head.startsWith("%PDF-"))
        return DocumentType{DocumentKind::Pdf, QStringLiteral("application/pdf")};
    const QFileInfo info(fileName);
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return std::nullopt; // named a PDF but not one
    if (const auto mime = textMimes().constFind(suffix); mime != textMimes().constEnd())
        return DocumentType{DocumentKind::Text, *mime};
    if (const auto mime = namedTextFiles().constFind(info.fileName().toLower());
        mime != namedTextFiles().constEnd())
        return DocumentType{DocumentKind::Text, *mime};
    return std::nullopt;
}

bool isDocumentMime(const QString &mime)
{
    return mime == QLatin1String("application/pdf") || mime == QLatin1String("application/json") ||
           mime.startsWith(QLatin1String("text/"));
}

bool isPlainText(QByteArrayView bytes)
{
    if (bytes.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace confab
