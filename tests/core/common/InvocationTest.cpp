#include "cli/Invocation.h"

#include "catch.h"

#include <QTemporaryFile>

using confab::cli::classifyInvocation;
using confab::cli::Invocation;

TEST_CASE("A command after global options runs as if the options followed it")
{
    const Invocation invocation =
        classifyInvocation({QStringLiteral("confab"), QStringLiteral("--data-dir"), QStringLiteral("D"),
                            QStringLiteral("chat"), QStringLiteral("hi")});
    CHECK(invocation.kind == Invocation::Kind::Command);
    CHECK(invocation.arguments == QStringList{QStringLiteral("confab"), QStringLiteral("chat"),
                                              QStringLiteral("--data-dir"), QStringLiteral("D"),
                                              QStringLiteral("hi")});
}

TEST_CASE("A global option's value is never mistaken for the command")
{
    const Invocation invocation = classifyInvocation({QStringLiteral("confab"), QStringLiteral("--data-dir"),
                                                      QStringLiteral("chat"), QStringLiteral("sessions")});
    CHECK(invocation.kind == Invocation::Kind::Command);
    CHECK(invocation.arguments.at(1) == QStringLiteral("sessions"));
}

TEST_CASE("No word, or an existing file, opens the window â any other word is an unknown command")
{
    CHECK(classifyInvocation({QStringLiteral("confab")}).kind == Invocation::Kind::Window);
    CHECK(classifyInvocation({QStringLiteral("confab"), QStringLiteral("--verbose")}).kind ==
          Invocation::Kind::Window);

    QTemporaryFile image;
    REQUIRE(image.open());
    CHECK(classifyInvocation({QStringLiteral("confab"), image.fileName()}).kind == Invocation::Kind::Window);

    const Invocation typo =
        classifyInvocation({QStringLiteral("confab"), QStringLiteral("serach"), QStringLiteral("x")});
    CHECK(typo.kind == Invocation::Kind::UnknownCommand);
    CHECK(typo.word == QStringLiteral("serach"));
}
