#!/usr/bin/env node
// Writes a JSON Resume as one HTML page whose print CSS follows Vitae's "classic" template,
// so that Chromium printing it to PDF does the same job as `vitae-cli render` (bench/run
// render compares the two). It mirrors shared/render: the blocks of blocks.cpp (what text
// goes where, in which order, with which links), the classic theme of theme.cpp (DejaVu
// Serif and Sans, sizes, weights, colours, spacing), the catalogue's A4 page with 20 mm
// margins and "N / M" page numbers centred in the bottom margin, and the keep rules of the
// paginator as CSS break properties. No scripts, no web fonts, no images: nothing for
// Chromium to fetch.
//
// Usage: node bench/render/resume-to-html.mjs RESUME.json > resume.html
import { readFileSync } from "node:fs";

// The classic theme (shared/render/src/theme.cpp) in CSS units.
const theme = {
    serif: '"DejaVu Serif"',
    sans: '"DejaVu Sans"',
    ink: "#1a1a1a",
    muted: "#555555",
    accent: "#1f3a5f",
    rule: "#b0b0b0",
    // Vitae's line advance is 1.15 x (ascent + descent); DejaVu's ascent + descent is
    // 1.164 em, and CSS line-height is in em.
    lineHeight: (1.15 * 1.164).toFixed(3),
    headerPt: 10,
    sectionPt: 12,
    headingRulePt: 0.75,
    headingGapPt: 4,
    entryPt: 7,
    paragraphPt: 2,
    bulletIndentPt: 10,
};

const standardKeys = [
    "work", "volunteer", "education", "awards", "certificates", "publications",
    "skills", "languages", "interests", "references", "projects",
];
const titles = {
    work: "Experience", volunteer: "Volunteering", education: "Education", awards: "Awards",
    certificates: "Certificates", publications: "Publications", skills: "Skills",
    languages: "Languages", interests: "Interests", references: "References",
    projects: "Projects",
};

const escape = (text) =>
    text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const value = (text) => (typeof text === "string" ? text.trim() : "");
const values = (list) => (Array.isArray(list) ? list.map(value).filter((s) => s !== "") : []);
const linkFor = (url) => (/^(https?:\/\/|mailto:)/i.test(url) ? url : "");
const link = (text, href) =>
    href ? `<a href="${escape(href)}">${escape(text)}</a>` : escape(text);
const joinItems = (items) => items.filter((s) => s !== "").join(" \u00b7 ");

function dateRange(start, end, openEnd = "present") {
    const from = value(start);
    const to = value(end);
    if (!from) return to;
    if (!to) return openEnd === "present" ? `${from} \u2013 present` : from;
    return `${from} \u2013 ${to}`;
}

// The sections in the order Vitae shows them (core::resolveSections): those the layout
// lists first, then the other standard ones, custom sections last; empty ones left out.
function resolveSections(resume) {
    const all = standardKeys.map((key) => ({
        key,
        count: Array.isArray(resume[key]) ? resume[key].length : 0,
    }));
    const customs = resume.vitae?.customSections ?? [];
    const seen = new Set();
    for (const custom of customs) {
        const id = value(custom.id);
        if (!id || seen.has(id)) continue;
        seen.add(id);
        all.push({
            key: `custom:${id}`,
            title: value(custom.title),
            count: custom.entries?.length ?? 0,
            custom,
        });
    }
    const ordered = [];
    for (const layout of resume.vitae?.sections ?? []) {
        const found = all.find((s) => !s.placed && s.key === layout.key);
        if (!found) continue;
        found.placed = true;
        ordered.push({
            ...found,
            visible: layout.visible ?? true,
            keepTogether: layout.keepEntriesTogether ?? false,
            newPage: layout.startOnNewPage ?? false,
        });
    }
    for (const s of all) {
        if (!s.placed) ordered.push({ ...s, visible: true });
    }
    return ordered.filter((s) => s.visible && s.count > 0);
}

class Writer {
    constructor() {
        this.out = [];
        this.entry = -1;
        this.firstOfEntry = false;
    }

    // The space above an entry's block (Builder::takeEntrySpace).
    entrySpace() {
        const first = this.firstOfEntry;
        this.firstOfEntry = false;
        if (!first) return theme.paragraphPt;
        return this.entry === 0 ? theme.headingGapPt : theme.entryPt;
    }

    block(cls, space, html) {
        this.out.push(`<div class="${cls}" style="margin-top:${space}pt">${html}</div>`);
    }

    header(basics) {
        if (!basics) return;
        if (value(basics.name)) this.out.push(`<h1>${escape(value(basics.name))}</h1>`);
        if (value(basics.label)) this.out.push(`<div class="label">${escape(value(basics.label))}</div>`);
        const contact = [];
        if (value(basics.email))
            contact.push(link(value(basics.email), `mailto:${value(basics.email)}`));
        if (value(basics.phone)) contact.push(escape(value(basics.phone)));
        if (value(basics.url)) contact.push(link(value(basics.url), linkFor(value(basics.url))));
        const place = [value(basics.location?.city), value(basics.location?.countryCode)].filter(
            (s) => s !== "");
        if (place.length) contact.push(escape(place.join(", ")));
        if (contact.length) this.out.push(`<div class="contact">${joinItems(contact)}</div>`);
        const profiles = [];
        for (const p of basics.profiles ?? []) {
            const shown = value(p.url) || value(p.username);
            if (!shown) continue;
            const network = value(p.network) ? `${escape(value(p.network))}: ` : "";
            profiles.push(network + link(shown, value(p.url) ? linkFor(value(p.url)) : ""));
        }
        if (profiles.length) this.out.push(`<div class="contact">${joinItems(profiles)}</div>`);
        if (value(basics.summary))
            this.block("body", theme.headerPt / 2, escape(value(basics.summary)));
    }

    entryHeader(titleParts, metaParts, url) {
        const title = titleParts.filter((s) => s !== "").join(", ");
        const meta = metaParts.filter((s) => s !== "").map(escape);
        if (value(url)) meta.push(link(value(url), linkFor(value(url))));
        if (!title && !meta.length) return;
        const lines = [];
        if (title) lines.push(`<div class="title">${escape(title)}</div>`);
        if (meta.length) lines.push(`<div class="meta">${joinItems(meta)}</div>`);
        this.block("entry-header", this.entrySpace(), lines.join(""));
    }

    paragraph(text) {
        if (text) this.block("body", this.entrySpace(), escape(text));
    }

    bullets(items) {
        for (const item of items) {
            this.block("bullet", this.entrySpace(),
                `<span class="mark">\u2022 </span><span>${escape(item)}</span>`);
        }
    }

    // "Name (level): keyword, keyword" with the name in bold (Builder::labelled).
    labelled(name, level, items) {
        let html = "";
        if (name) {
            html += `<strong>${escape(name)}</strong>`;
            if (level) html += escape(` (${level})`);
            if (items.length) html += ": ";
        }
        if (items.length) html += escape(items.join(", "));
        if (!html) return;
        const space = this.entry === 0 ? theme.headingGapPt : theme.paragraphPt;
        this.firstOfEntry = false;
        this.block("body", space, html);
    }

    nextEntry() {
        this.entry += 1;
        this.firstOfEntry = true;
    }

    section(resume, section, first) {
        const title = section.title || titles[section.key] || section.key.replace(/^custom:/, "");
        const style = [`margin-top:${first ? 0 : theme.sectionPt}pt`];
        if (section.newPage) style.push("break-before:page");
        this.out.push(`<section${section.keepTogether ? ' class="keep"' : ""}>`);
        this.out.push(`<h2 style="${style.join(";")}">${escape(title)}</h2>`);
        this.entry = -1;
        const open = () => {
            if (this.entry >= 0) this.out.push("</div>");
            this.nextEntry();
            this.out.push('<div class="entry">');
        };
        const list = resume[section.key] ?? [];
        switch (section.key) {
        case "work":
            for (const w of list) {
                open();
                this.entryHeader([value(w.position), value(w.name)],
                    [dateRange(w.startDate, w.endDate), value(w.location)], w.url);
                this.paragraph(value(w.description));
                this.paragraph(value(w.summary));
                this.bullets(values(w.highlights));
            }
            break;
        case "volunteer":
            for (const v of list) {
                open();
                this.entryHeader([value(v.position), value(v.organization)],
                    [dateRange(v.startDate, v.endDate)], v.url);
                this.paragraph(value(v.summary));
                this.bullets(values(v.highlights));
            }
            break;
        case "education":
            for (const e of list) {
                open();
                const degree = [value(e.studyType), value(e.area)].filter((s) => s !== "");
                this.entryHeader([degree.join(", "), value(e.institution)],
                    [dateRange(e.startDate, e.endDate), value(e.score) ? `Score: ${value(e.score)}` : ""],
                    e.url);
                const courses = values(e.courses);
                if (courses.length) this.paragraph(`Courses: ${courses.join(", ")}`);
            }
            break;
        case "awards":
            for (const a of list) {
                open();
                this.entryHeader([value(a.title), value(a.awarder)], [value(a.date)], "");
                this.paragraph(value(a.summary));
            }
            break;
        case "certificates":
            for (const c of list) {
                open();
                this.entryHeader([value(c.name), value(c.issuer)], [value(c.date)], c.url);
            }
            break;
        case "publications":
            for (const p of list) {
                open();
                this.entryHeader([value(p.name), value(p.publisher)], [value(p.releaseDate)], p.url);
                this.paragraph(value(p.summary));
            }
            break;
        case "skills":
            for (const s of list) {
                open();
                this.labelled(value(s.name), value(s.level), values(s.keywords));
            }
            break;
        case "languages":
            for (const l of list) {
                open();
                this.labelled(value(l.language), "", value(l.fluency) ? [value(l.fluency)] : []);
            }
            break;
        case "interests":
            for (const i of list) {
                open();
                this.labelled(value(i.name), "", values(i.keywords));
            }
            break;
        case "references":
            for (const r of list) {
                open();
                this.entryHeader([value(r.name)], [], "");
                this.paragraph(value(r.reference));
            }
            break;
        case "projects":
            for (const p of list) {
                open();
                this.entryHeader([value(p.name), value(p.entity), value(p.type)],
                    [dateRange(p.startDate, p.endDate, "omit"), ...values(p.roles)], p.url);
                this.paragraph(value(p.description));
                this.bullets(values(p.highlights));
                const keywords = values(p.keywords);
                if (keywords.length) this.paragraph(keywords.join(", "));
            }
            break;
        default:
            for (const e of section.custom?.entries ?? []) {
                open();
                this.entryHeader([value(e.title), value(e.subtitle)],
                    [dateRange(e.startDate, e.endDate, "omit"), value(e.location)], e.url);
                this.paragraph(value(e.summary));
                this.bullets(values(e.highlights));
            }
        }
        if (this.entry >= 0) this.out.push("</div>");
        this.out.push("</section>");
    }
}

function css() {
    const t = theme;
    return `
@page {
  size: A4;
  margin: 20mm;
  @bottom-center {
    content: counter(page) " / " counter(pages);
    font: 8pt ${t.sans};
    color: ${t.muted};
  }
}
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0;
  font: 9.5pt/${t.lineHeight} ${t.serif};
  color: ${t.ink};
  font-kerning: normal;
  font-variant-ligatures: no-common-ligatures;
  orphans: 2;
  widows: 2;
}
a { color: ${t.accent}; text-decoration: none; }
h1 { margin: 0; font: 700 22pt/${t.lineHeight} ${t.serif}; color: ${t.ink}; break-after: avoid; }
.label { font: 12pt/${t.lineHeight} ${t.serif}; color: ${t.muted}; }
.contact { font: 8.5pt/${t.lineHeight} ${t.sans}; color: ${t.muted}; }
h2 {
  margin: 0;
  font: 700 12.5pt/${t.lineHeight} ${t.serif};
  color: ${t.accent};
  border-bottom: ${t.headingRulePt}pt solid ${t.rule};
  padding-bottom: 0.5pt;
  margin-bottom: -${(t.headingRulePt + 0.5).toFixed(2)}pt;
  break-after: avoid;
  break-inside: avoid;
}
.entry-header { break-inside: avoid; break-after: avoid; }
.entry-header .title { font: 700 10.5pt/${t.lineHeight} ${t.serif}; color: ${t.ink}; }
.entry-header .meta { font: italic 8.5pt/${t.lineHeight} ${t.sans}; color: ${t.muted}; }
.bullet { display: flex; margin-left: ${t.bulletIndentPt / 2}pt; }
.bullet .mark { white-space: pre; flex: none; }
.keep .entry { break-inside: avoid; }
`;
}

function toHtml(resume) {
    const w = new Writer();
    w.header(resume.basics);
    let first = !resume.basics;
    for (const section of resolveSections(resume)) {
        w.section(resume, section, first);
        first = false;
    }
    const name = value(resume.basics?.name);
    const label = value(resume.basics?.label);
    const title = name && label ? `${name} \u2013 ${label}` : name + label;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(title)}</title>
<meta name="author" content="${escape(name)}">
<style>${css()}</style>
</head>
<body>
${w.out.join("\n")}
</body>
</html>
`;
}

if (process.argv.length !== 3) {
    process.stderr.write("usage: node resume-to-html.mjs RESUME.json > resume.html\n");
    process.exit(2);
}
process.stdout.write(toHtml(JSON.parse(readFileSync(process.argv[2], "utf8"))));
