#pragma once

#include <QString>

#include <optional>

class QCommandLineParser;

namespace confab::cli {

// Where `confab sync` gets an encrypted folder's passphrase: --passphrase-file FILE (its first line), else
// CONFAB_SYNC_PASSPHRASE, else a prompt on the terminal with echo off (twice when `confirm`, for a new
// passphrase). Nothing when none of them gives one; `error` then says why when something went wrong.
std::optional<QString> readPassphrase(const QCommandLineParser &parser, const QString &prompt, bool confirm,
                                      QString *error);

} // namespace confab::cli
