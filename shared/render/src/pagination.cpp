#include <vitae/render/pagination.h>

#include <cstddef>

namespace vitae::render {

std::vector<FlowPlacement> paginate(const std::vector<FlowLine>& lines, double pageHeightPt) {
    const int count = static_cast<int>(lines.size());
    std::vector<FlowPlacement> placed(lines.size());
    int page = 0;
    int pageStart = 0; // first line of the current page
    double y = 0;
    int i = 0;
    const auto startPage = [&](int first) {
        ++page;
        pageStart = first;
        y = 0;
        i = first;
    };
    while (i < count) {
        const FlowLine& line = lines[static_cast<std::size_t>(i)];
        if (i > pageStart && line.breakBefore) {
            startPage(i);
            continue;
        }
        const double space = i == pageStart ? 0 : line.spaceBeforePt;
        if (i == pageStart || y + space + line.heightPt <= pageHeightPt) {
            placed[static_cast<std::size_t>(i)] = {page, y + space};
            y += space + line.heightPt;
            ++i;
            continue;
        }
        // Line i does not fit: break after the last gap on this page the rules allow,
        // relaxing them one strength at a time (keep-together first, then the line rules).
        int breakAfter = i - 1;
        bool found = false;
        for (int strength = static_cast<int>(Keep::Free);
             !found && strength <= static_cast<int>(Keep::Never); ++strength) {
            for (int gap = i - 1; gap >= pageStart; --gap) {
                if (static_cast<int>(lines[static_cast<std::size_t>(gap)].keepAfter) <= strength) {
                    breakAfter = gap;
                    found = true;
                    break;
                }
            }
        }
        startPage(breakAfter + 1);
    }
    return placed;
}

} // namespace vitae::render
