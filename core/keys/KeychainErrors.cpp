#include "keys/KeychainErrors.h"

#include <QCoreApplication>

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
    QString message = QCoreApplication::translate("KeychainErrors", "No system keychain is available");
    if (!backendDetail.trimmed().isEmpty())
        message += QStringLiteral(" (") + backendDetail.trimmed() + QLatin1Char(')');
    message += QCoreApplication::translate(
        "KeychainErrors", ". Confab will ask for your API keys each time it starts and keep them in memory "
                          "only; it never writes them to a file.");
    return message;
}

QString keychainDeniedMessage(const QString &action)
{
    return QCoreApplication::translate(
               "KeychainErrors", "The system keychain refused to %1. Allow Confab to use the keychain and "
                                 "try again.")
        .arg(action);
}

QString keychainFailedMessage(const QString &action, const QString &backendDetail)
{
    QString message = QCoreApplication::translate("KeychainErrors", "Could not %1").arg(action);
    if (!backendDetail.trimmed().isEmpty())
        message += QStringLiteral(": ") + backendDetail.trimmed();
    return message + QLatin1Char('.');
}

} // namespace confab
