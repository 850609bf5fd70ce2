// A history file given to Import…, read through the importer's public entry point into one real store: it is
// either imported or refused with a reason, and never crashes the reader.
#include "FuzzSupport.h"
#include "store/HistoryImporter.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace {

struct Target
{
    QTemporaryDir dir;
    std::unique_ptr<confab::Store> store;
    QString file;
};

Target *target = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    confab::fuzz::silenceQtMessages();
    new QCoreApplication(*argc, *argv);
    target = new Target;
    target->store = std::make_unique<confab::Store>(confab::StoreLocation::inFolder(target->dir.path()));
    if (!target->store->open().isOpen())
        std::abort();
    target->file = target->dir.filePath(QStringLiteral("import.json"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QFile file(target->file);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();

    confab::HistoryImporter importer(*target->store);
    if (!importer.importJson(target->file) && importer.lastError().isEmpty())
        std::abort();
    return 0;
}
