#pragma once

namespace confab {

// OpenRouter's web search tool as Confab offers it. Results per search: OpenRouter's own default; each result
// adds to what the model reads, and beyond ten to the bill.
inline constexpr int WebSearchResults = 5;
// What one search costs with OpenRouter's default engine (Exa, up to ten results; OpenRouter's web search
// documentation). Checked against the spending caps before sending; the real figure, however many searches
// the model made, arrives in the answer's usage cost.
inline constexpr double WebSearchCostUsd = 0.007;

} // namespace confab
