#include "sync/HybridClock.h"

#include "catch.h"

using namespace confab;

namespace {
const QString A = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
const QString B = QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
} // namespace

TEST_CASE("Hybrid clock stamps only go forward, even when the wall clock steps back")
{
    HybridClock clock(A);
    const HlcStamp first = clock.stamp(1'000);
    const HlcStamp sameMs = clock.stamp(1'000);
    const HlcStamp wallBack = clock.stamp(400);
    const HlcStamp later = clock.stamp(2'000);
    CHECK(first < sameMs);
    CHECK(sameMs < wallBack);
    CHECK(wallBack < later);
    CHECK(later.counter == 0);
    CHECK(later.wallMs == 2'000);
}

TEST_CASE(
    "Hybrid clock: an edit made after seeing another device's edit is later, though its wall clock is behind")
{
    // B's clock runs 50 minutes ahead, within the bound.
    HybridClock fast(B);
    const HlcStamp fromFast = fast.stamp(1'000 + 50 * 60 * 1000);
    HybridClock slow(A);
    slow.observe(fromFast, 1'500);
    const HlcStamp reply = slow.stamp(1'500);
    CHECK(fromFast < reply);
    CHECK(fromFast.toString() < reply.toString());
}

TEST_CASE("Hybrid clock text sorts like the stamps and reads back the same")
{
    HybridClock a(A);
    HybridClock b(B);
    const HlcStamp x = a.stamp(5);
    const HlcStamp y = b.stamp(5);
    const HlcStamp z = a.stamp(123456789);
    CHECK(x < y); // same moment: the device id decides, the same way on every device
    CHECK(x.toString() < y.toString());
    CHECK(y.toString() < z.toString());
    CHECK(HlcStamp::parse(z.toString()) == z);
    CHECK_FALSE(HlcStamp::parse(QStringLiteral("12-3-zz")).has_value());
}
