#pragma once

#include <QLatin1StringView>
#include <QString>

#include <array>
#include <optional>

namespace confab {

// One table per enum gives both directions of its stored name, so a new value is added in exactly one place
// and parsing can never disagree with printing.
template<typename Enum> struct EnumName
{
    Enum value;
    QLatin1StringView name;
};

template<typename Enum, std::size_t N> QString nameOf(const std::array<EnumName<Enum>, N> &table, Enum value)
{
    for (const EnumName<Enum> &entry : table) {
        if (entry.value == value)
            return QString(entry.name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<EnumName<Enum>, N> &table, const QString &text)
{
    for (const EnumName<Enum> &entry : table) {
        if (entry.name == text)
            return entry.value;
    }
    return std::nullopt;
}

} // namespace confab
