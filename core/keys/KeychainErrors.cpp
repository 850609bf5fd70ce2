#include "keys/KeychainErrors.h"

namespace confab {

KeychainOutcome classifyKeychainResult(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return KeychainOutcome::Done;
    case QKeychain::EntryNotFound:
        return KeychainOutcome::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return KeychainOutcome::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return KeychainOutcome::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        return KeychainOutcome::Failed;
    }
    return KeychainOutcome::Failed;
}

QString keychainUnavailableMessage(const QString &backendDetail)
{
    QString message = QStringLiteral("No system keychain is available");
    if (!backendDetail.trimmed().isEmpty())
        message += QStringLiteral(" (") + backendDetail.trimmed() + QLatin1Char(')');
    message +=
        QStringLiteral(". Confab will ask for your API keys each time it starts and keep them in memory "
                       "only; it never writes them to a file.");
    return message;
}

QString keychainDeniedMessage(const QString &action)
{
    return QStringLiteral("The system keychain refused to ") + action +
           QStringLiteral(". Allow Confab to use the keychain and try again.");
}

QString keychainFailedMessage(const QString &action, const QString &backendDetail)
{
    QString message = QStringLiteral("Could not ") + action;
    if (!backendDetail.trimmed().isEmpty())
        message += QStringLiteral(": ") + backendDetail.trimmed();
    return message + QLatin1Char('.');
}

} // namespace confab
