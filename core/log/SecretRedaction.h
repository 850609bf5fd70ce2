#pragma once

#include <QString>
#include <QStringList>

namespace confab {

// A key as it may be shown on screen: its prefix up to the first dash group and its last four characters,
// e.g. "sk-or-…1234". Short keys show only the last characters so that most of the key stays hidden.
QString maskKey(const QString &key);

// The text with every occurrence of each secret replaced by "[redacted]". Call it on anything that may hold a
// key (a server reply, a URL, a request dump) before it reaches a log, an error message or an export.
QString redactSecrets(QString text, const QStringList &secrets);

// A second guard for logs, for keys Confab does not know of (a typo'd key, one pasted into a prompt):
// credentials in HTTP authorisation form ("Bearer …", "Key …") and OpenRouter-style "sk-…" tokens become
// "[redacted]".
QString redactCredentials(QString text);

} // namespace confab
