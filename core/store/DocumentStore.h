#pragma once

#include "domain/Message.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace confab {

struct PreparedDocument;

// Document files beside the database, named by the SHA-256 of their bytes, so a document attached to many
// questions (or sent again in every later turn) is kept once and read from here, never from where the user
// picked it.
class DocumentStore
{
public:
    explicit DocumentStore(QString documentsDir);

    // Writes the bytes atomically unless the same document is already kept; the link it returns has
    // position 0. Nullopt with the reason in *error when the disk refuses.
    std::optional<AttachedDocument> store(const PreparedDocument &document, QString *error);

    QString pathFor(const QString &hash) const;
    bool contains(const QString &hash) const;
    QByteArray bytes(const QString &hash) const;

    const QString &documentsDir() const { return m_dir; }

    // The folder beside the images folder: everything of one store lives under one parent.
    static QString besideImages(const QString &imagesDir);

private:
    QString m_dir;
};

} // namespace confab
