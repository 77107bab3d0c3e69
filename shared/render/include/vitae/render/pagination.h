// The paginator: places a flow of measured lines onto pages, obeying the keep rules
// (keep with next, widows and orphans, keep together, new page) encoded per line gap.
#pragma once

#include <vector>

namespace vitae::render {

// How strongly a page break after a line is avoided. The paginator breaks at the last
// allowed gap that fits; when a page holds no such gap it relaxes the rules step by step.
enum class Keep : int {
    Free = 0,     // a break is fine here
    Together = 1, // inside an entry its section keeps together (relaxed when it cannot fit)
    Rule = 2,     // keep-with-next, entry header with its first lines, widow/orphan
    Never = 3,    // inside one block line group that must not split (a heading's lines)
};

struct FlowLine {
    double heightPt = 0;      // the line's advance
    double spaceBeforePt = 0; // space above it; dropped at the top of a page
    Keep keepAfter = Keep::Free;
    bool breakBefore = false; // it starts a new page (unless the page is still empty)
};

struct FlowPlacement {
    int page = 0;
    double yPt = 0; // top of the line, from the top of the content area
};

// One placement per line. A line taller than the page goes alone on its own page.
std::vector<FlowPlacement> paginate(const std::vector<FlowLine>& lines, double pageHeightPt);

} // namespace vitae::render
