#include <vitae/core/sections.h>
#include <vitae/render/blocks.h>

#include <QCoreApplication>

#include <algorithm>

namespace vitae::render {
namespace {

// The renderer's words (headings, "present"), under the one context lupdate files them in.
struct Words {
    Q_DECLARE_TR_FUNCTIONS(vitae::render)
};

const QString kSeparator = QStringLiteral(" \u00b7 "); // middle dot between meta items

QString value(const core::Text& text) {
    return text ? text->trimmed() : QString();
}

bool present(const core::Text& text) {
    return !value(text).isEmpty();
}

QStringList values(const core::TextList& list) {
    QStringList out;
    if (list) {
        for (const QString& item : *list) {
            if (!item.trimmed().isEmpty())
                out.append(item.trimmed());
        }
    }
    return out;
}

// A link target for a URL as written by the user: only absolute http(s)/mailto survive.
QString linkFor(const QString& url) {
    const QString lower = url.toLower();
    if (lower.startsWith(QLatin1StringView("https://")) ||
        lower.startsWith(QLatin1StringView("http://")) ||
        lower.startsWith(QLatin1StringView("mailto:")))
        return url;
    return QString();
}

// Appends runs separated by " · " (a run per item keeps each item's link).
void appendJoined(std::vector<TextRun>& runs, const std::vector<TextRun>& items) {
    for (const TextRun& item : items) {
        if (item.text.isEmpty())
            continue;
        if (!runs.empty() && runs.back().text != QLatin1StringView("\n"))
            runs.push_back({kSeparator, item.role});
        runs.push_back(item);
    }
}

// "start – end"; an open end reads "present" for what lasts (a job, studies), and a lone
// date stays one date for what happened once (a talk, a project's start).
enum class OpenEnd { Present, Omit };

QString dateRange(const core::Text& start, const core::Text& end,
                  OpenEnd openEnd = OpenEnd::Present) {
    const QString from = value(start);
    QString to = value(end);
    if (from.isEmpty())
        return to;
    if (to.isEmpty())
        return openEnd == OpenEnd::Present
                   ? from + QStringLiteral(" \u2013 ") + Words::tr("present")
                   : from;
    return from + QStringLiteral(" \u2013 ") + to;
}

class Builder {
public:
    explicit Builder(const Theme& theme)
        : theme_(theme) {}

    std::vector<Block> blocks;

    void header(const core::Resume& resume) {
        if (!resume.basics)
            return;
        const core::Basics& b = *resume.basics;
        if (present(b.name))
            add(BlockKind::Name, {{value(b.name), TextRole::Name}});
        if (present(b.label))
            add(BlockKind::HeaderLine, {{value(b.label), TextRole::Label}});

        std::vector<TextRun> items;
        if (present(b.email))
            items.push_back(
                {value(b.email), TextRole::Contact, QStringLiteral("mailto:") + value(b.email)});
        if (present(b.phone))
            items.push_back({value(b.phone), TextRole::Contact});
        if (present(b.url))
            items.push_back({value(b.url), TextRole::Contact, linkFor(value(b.url))});
        if (b.location) {
            QStringList place;
            for (const core::Text* part : {&b.location->city, &b.location->countryCode}) {
                if (present(*part))
                    place.append(value(*part));
            }
            if (!place.isEmpty())
                items.push_back({place.join(QStringLiteral(", ")), TextRole::Contact});
        }
        const std::vector<std::vector<TextRun>> profiles = profileRuns(b);
        if (theme_.sidebar.enabled())
            contactInSidebar(items, profiles);
        else
            contactLines(items, profiles);

        if (present(b.summary)) {
            add(BlockKind::Paragraph, {{value(b.summary), TextRole::Body}}).spaceBeforePt =
                theme_.headerSpacingPt / 2;
        }
    }

    void section(const core::Resume& resume, const core::ResolvedSection& section) {
        sectionKey_ = section.key;
        keepTogether_ = section.keepEntriesTogether;
        column_ = theme_.sidebar.enabled() && theme_.sidebar.sections.contains(section.key)
                      ? Column::Sidebar
                      : Column::Main;
        QString title = section.customTitle.trimmed();
        if (title.isEmpty())
            title = core::isStandardSectionKey(section.key) ? sectionTitle(section.key)
                                                            : core::customSectionId(section.key);
        Block& heading = add(BlockKind::SectionHeading, {{title, TextRole::SectionHeading}});
        heading.spaceBeforePt = blocks.size() > 1 ? theme_.sectionSpacingPt : 0;
        heading.keepWithNext = true;
        heading.startOnNewPage = section.startOnNewPage;
        heading.entryIndex = -1;
        entry_ = -1;

        const QString& key = section.key;
        if (key == u"work" && resume.work) {
            for (const core::Work& w : *resume.work) {
                nextEntry();
                entryHeader({value(w.position), value(w.name)},
                            {dateRange(w.startDate, w.endDate), value(w.location)}, w.url);
                paragraph(value(w.description));
                paragraph(value(w.summary));
                bullets(values(w.highlights));
            }
        } else if (key == u"volunteer" && resume.volunteer) {
            for (const core::Volunteer& v : *resume.volunteer) {
                nextEntry();
                entryHeader({value(v.position), value(v.organization)},
                            {dateRange(v.startDate, v.endDate)}, v.url);
                paragraph(value(v.summary));
                bullets(values(v.highlights));
            }
        } else if (key == u"education" && resume.education) {
            for (const core::Education& e : *resume.education) {
                nextEntry();
                QStringList degree;
                for (const core::Text* part : {&e.studyType, &e.area}) {
                    if (present(*part))
                        degree.append(value(*part));
                }
                entryHeader(
                    {degree.join(QStringLiteral(", ")), value(e.institution)},
                    {dateRange(e.startDate, e.endDate),
                     present(e.score) ? Words::tr("Score: %1").arg(value(e.score)) : QString()},
                    e.url);
                const QStringList courses = values(e.courses);
                if (!courses.isEmpty()) {
                    paragraph(Words::tr("Courses: %1").arg(courses.join(QStringLiteral(", "))));
                }
            }
        } else if (key == u"awards" && resume.awards) {
            for (const core::Award& a : *resume.awards) {
                nextEntry();
                entryHeader({value(a.title), value(a.awarder)}, {value(a.date)}, {});
                paragraph(value(a.summary));
            }
        } else if (key == u"certificates" && resume.certificates) {
            for (const core::Certificate& c : *resume.certificates) {
                nextEntry();
                entryHeader({value(c.name), value(c.issuer)}, {value(c.date)}, c.url);
            }
        } else if (key == u"publications" && resume.publications) {
            for (const core::Publication& p : *resume.publications) {
                nextEntry();
                entryHeader({value(p.name), value(p.publisher)}, {value(p.releaseDate)}, p.url);
                paragraph(value(p.summary));
            }
        } else if (key == u"skills" && resume.skills) {
            for (const core::Skill& s : *resume.skills) {
                nextEntry();
                labelled(value(s.name), value(s.level), values(s.keywords));
            }
        } else if (key == u"languages" && resume.languages) {
            for (const core::Language& l : *resume.languages) {
                nextEntry();
                labelled(value(l.language), QString(),
                         present(l.fluency) ? QStringList{value(l.fluency)} : QStringList());
            }
        } else if (key == u"interests" && resume.interests) {
            for (const core::Interest& i : *resume.interests) {
                nextEntry();
                labelled(value(i.name), QString(), values(i.keywords));
            }
        } else if (key == u"references" && resume.references) {
            for (const core::Reference& r : *resume.references) {
                nextEntry();
                entryHeader({value(r.name)}, {}, {});
                paragraph(value(r.reference));
            }
        } else if (key == u"projects" && resume.projects) {
            for (const core::Project& p : *resume.projects) {
                nextEntry();
                QStringList meta{dateRange(p.startDate, p.endDate, OpenEnd::Omit)};
                meta += values(p.roles);
                entryHeader({value(p.name), value(p.entity), value(p.type)}, meta, p.url);
                paragraph(value(p.description));
                bullets(values(p.highlights));
                const QStringList keywords = values(p.keywords);
                if (!keywords.isEmpty())
                    paragraph(keywords.join(QStringLiteral(", ")));
            }
        } else if (const QString id = core::customSectionId(key); !id.isEmpty()) {
            const core::CustomSection* custom = nullptr;
            if (resume.vitae && resume.vitae->customSections) {
                for (const core::CustomSection& c : *resume.vitae->customSections) {
                    if (!custom && c.id && *c.id == id)
                        custom = &c;
                }
            }
            if (custom && custom->entries) {
                for (const core::CustomEntry& e : *custom->entries) {
                    nextEntry();
                    entryHeader(
                        {value(e.title), value(e.subtitle)},
                        {dateRange(e.startDate, e.endDate, OpenEnd::Omit), value(e.location)},
                        e.url);
                    paragraph(value(e.summary));
                    bullets(values(e.highlights));
                }
            }
        }
    }

private:
    // Each profile as "Network: address" so the address itself is in the text layer.
    static std::vector<std::vector<TextRun>> profileRuns(const core::Basics& b) {
        std::vector<std::vector<TextRun>> out;
        if (!b.profiles)
            return out;
        for (const core::Profile& p : *b.profiles) {
            const QString shown = present(p.url) ? value(p.url) : value(p.username);
            if (shown.isEmpty())
                continue;
            std::vector<TextRun> runs;
            if (present(p.network))
                runs.push_back({value(p.network) + QStringLiteral(": "), TextRole::Contact});
            runs.push_back(
                {shown, TextRole::Contact, present(p.url) ? linkFor(value(p.url)) : QString()});
            out.push_back(std::move(runs));
        }
        return out;
    }

    // One column: a line of contact items and a line of profiles, joined with " · ".
    void contactLines(const std::vector<TextRun>& items,
                      const std::vector<std::vector<TextRun>>& profiles) {
        std::vector<TextRun> contact;
        appendJoined(contact, items);
        if (!contact.empty())
            add(BlockKind::HeaderLine, contact);
        std::vector<TextRun> line;
        for (const std::vector<TextRun>& profile : profiles) {
            if (!line.empty())
                line.push_back({kSeparator, TextRole::Contact});
            line.insert(line.end(), profile.begin(), profile.end());
        }
        if (!line.empty())
            add(BlockKind::HeaderLine, line);
    }

    // A sidebar is too narrow for joined lines: a "Contact" heading, then one item a line.
    void contactInSidebar(const std::vector<TextRun>& items,
                          const std::vector<std::vector<TextRun>>& profiles) {
        if (items.empty() && profiles.empty())
            return;
        column_ = Column::Sidebar;
        Block& heading =
            add(BlockKind::SectionHeading, {{Words::tr("Contact"), TextRole::SectionHeading}});
        heading.keepWithNext = true;
        bool first = true;
        const auto line = [&](std::vector<TextRun> runs) {
            add(BlockKind::HeaderLine, std::move(runs)).spaceBeforePt =
                first ? theme_.headingGapPt : theme_.paragraphSpacingPt;
            first = false;
        };
        for (const TextRun& item : items)
            line({item});
        for (const std::vector<TextRun>& profile : profiles)
            line(profile);
        column_ = Column::Main;
    }

    Block& add(BlockKind kind, std::vector<TextRun> runs) {
        Block block;
        block.kind = kind;
        block.column = column_;
        block.runs = std::move(runs);
        block.sectionKey = sectionKey_;
        block.entryIndex = entry_;
        block.keepEntryTogether = keepTogether_ && entry_ >= 0;
        blocks.push_back(std::move(block));
        return blocks.back();
    }

    void nextEntry() {
        ++entry_;
        firstOfEntry_ = true;
    }

    double takeEntrySpace() {
        const bool first = firstOfEntry_;
        firstOfEntry_ = false;
        if (!first)
            return theme_.paragraphSpacingPt;
        return entry_ == 0 ? theme_.headingGapPt : theme_.entrySpacingPt;
    }

    // Title line ("Position, Organisation") and meta line ("dates · place · URL").
    void entryHeader(const QStringList& titleParts, const QStringList& metaParts,
                     const core::Text& url) {
        std::vector<TextRun> runs;
        QStringList title;
        for (const QString& part : titleParts) {
            if (!part.isEmpty())
                title.append(part);
        }
        if (!title.isEmpty())
            runs.push_back({title.join(QStringLiteral(", ")), TextRole::EntryTitle});
        std::vector<TextRun> meta;
        std::vector<TextRun> items;
        for (const QString& part : metaParts) {
            if (!part.isEmpty())
                items.push_back({part, TextRole::EntryMeta});
        }
        if (present(url))
            items.push_back({value(url), TextRole::EntryMeta, linkFor(value(url))});
        appendJoined(meta, items);
        if (!meta.empty()) {
            if (!runs.empty())
                runs.push_back({QStringLiteral("\n"), TextRole::EntryMeta});
            runs.insert(runs.end(), meta.begin(), meta.end());
        }
        if (runs.empty())
            return;
        const double space = takeEntrySpace();
        Block& block = add(BlockKind::EntryHeader, std::move(runs));
        block.spaceBeforePt = space;
        block.keepWithFollowingLines = 2;
    }

    void paragraph(const QString& text) {
        if (text.isEmpty())
            return;
        const double space = takeEntrySpace();
        add(BlockKind::Paragraph, {{text, TextRole::Body}}).spaceBeforePt = space;
    }

    void bullets(const QStringList& items) {
        for (const QString& item : items) {
            const double space = takeEntrySpace();
            Block& block =
                add(BlockKind::Bullet,
                    {{theme_.bullet + QLatin1Char(' '), TextRole::Body}, {item, TextRole::Body}});
            block.spaceBeforePt = space;
            block.indentPt = theme_.bulletIndentPt / 2;
            block.hangingIndentPt = -1; // the layout measures the bullet
        }
    }

    // "Name (level): keyword, keyword" with the name in bold.
    void labelled(const QString& name, const QString& level, const QStringList& items) {
        std::vector<TextRun> runs;
        if (!name.isEmpty()) {
            TextRun label{name, TextRole::Body};
            label.strong = true;
            runs.push_back(label);
            if (!level.isEmpty())
                runs.push_back({QStringLiteral(" (") + level + QLatin1Char(')'), TextRole::Body});
            if (!items.isEmpty())
                runs.push_back({QStringLiteral(": "), TextRole::Body});
        }
        if (!items.isEmpty())
            runs.push_back({items.join(QStringLiteral(", ")), TextRole::Body});
        if (runs.empty())
            return;
        // One-line entries (a skill, a language) sit closer than entries with a header.
        const double space = entry_ == 0 ? theme_.headingGapPt : theme_.paragraphSpacingPt;
        firstOfEntry_ = false;
        add(BlockKind::Paragraph, std::move(runs)).spaceBeforePt = space;
    }

    const Theme& theme_;
    QString sectionKey_;
    Column column_ = Column::Main;
    int entry_ = -1;
    bool keepTogether_ = false;
    bool firstOfEntry_ = false;
};

} // namespace

QString Block::plainText() const {
    QString text;
    for (const TextRun& run : runs)
        text += run.text;
    return text;
}

QString sectionTitle(QStringView key) {
    if (key == u"work")
        return Words::tr("Experience");
    if (key == u"volunteer")
        return Words::tr("Volunteering");
    if (key == u"education")
        return Words::tr("Education");
    if (key == u"awards")
        return Words::tr("Awards");
    if (key == u"certificates")
        return Words::tr("Certificates");
    if (key == u"publications")
        return Words::tr("Publications");
    if (key == u"skills")
        return Words::tr("Skills");
    if (key == u"languages")
        return Words::tr("Languages");
    if (key == u"interests")
        return Words::tr("Interests");
    if (key == u"references")
        return Words::tr("References");
    if (key == u"projects")
        return Words::tr("Projects");
    return key.toString();
}

std::vector<Block> buildBlocks(const core::Resume& resume, const Theme& theme) {
    Builder builder(theme);
    builder.header(resume);
    for (const core::ResolvedSection& section : core::resolveSections(resume)) {
        if (section.shown())
            builder.section(resume, section);
    }
    // Reading order: the main column, then the sidebar (stable, so each keeps its order).
    std::stable_partition(builder.blocks.begin(), builder.blocks.end(),
                          [](const Block& block) { return block.column == Column::Main; });
    return std::move(builder.blocks);
}

} // namespace vitae::render
