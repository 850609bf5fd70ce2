#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <string>

// Failures print Qt values as text instead of "{?}".
namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template<> struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value)
    {
        return '"' + (value.size() > 400 ? value.left(400).toStdString() + "…" : value.toStdString()) + '"';
    }
};
template<> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return "[" + value.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
template<> struct StringMaker<QVariant>
{
    static std::string convert(const QVariant &value) { return value.toString().toStdString(); }
};
} // namespace Catch
