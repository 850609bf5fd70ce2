#pragma once

#include <QLatin1StringView>

#include <functional>

namespace confab::history {

// The JSON export's identity. A file with a higher version came from a newer Confab and is refused.
// Version 1 was one file with every picture inside it as base64; version 2 is a folder holding
// JsonFileName, with each picture as its own file in ImagesFolder, named <sha256>.<extension>.
inline constexpr QLatin1StringView FormatName("confab-history");
inline constexpr int FormatVersion = 2;
inline constexpr QLatin1StringView JsonFileName("history.json");
inline constexpr QLatin1StringView ImagesFolder("images");
// Documents attached to questions, each as its own file named <sha256>, beside ImagesFolder. Older readers
// ignore the messages' "documents" lists, so the format version stays.
inline constexpr QLatin1StringView DocumentsFolder("documents");

// Told how far a long export or import has got (in messages or bytes); answering false cancels it.
using Progress = std::function<bool(qint64 done, qint64 total)>;

} // namespace confab::history
