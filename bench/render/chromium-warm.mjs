#!/usr/bin/env node
// Warm Chromium: one kept-open browser (Debian's /usr/bin/chromium driven by playwright-core)
// with one page that has loaded the resume's HTML, printing it to PDF again and again. Each
// sample is one page.pdf() call, timed from the call to the PDF bytes in this process
// (Chromium lays the page out for print, paints it and writes the PDF every time; the bytes
// come over the DevTools pipe). A second series also reloads the HTML before each PDF
// (page.setContent + page.pdf), for reference.
//
// Usage: node chromium-warm.mjs --modules DIR --html FILE [--renders N] [--warmup N]
//                                [--reload-renders N] [--chromium PATH] [--pdf OUT] [--json OUT]
//   --modules DIR   a node_modules directory holding playwright-core (bench/run installs it)
// Prints a summary; --json writes the samples in milliseconds.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

function parseArgs(argv) {
    const args = {
        renders: 200,
        warmup: 5,
        reloadRenders: 50,
        chromium: "/usr/bin/chromium",
    };
    const names = {
        "--modules": "modules", "--html": "html", "--renders": "renders", "--warmup": "warmup",
        "--reload-renders": "reloadRenders", "--chromium": "chromium", "--pdf": "pdf",
        "--json": "json",
    };
    for (let i = 0; i < argv.length; i += 2) {
        const key = names[argv[i]];
        if (!key || i + 1 >= argv.length) throw new Error(`bad argument ${argv[i]} (see the header)`);
        args[key] = argv[i + 1];
    }
    for (const key of ["renders", "warmup", "reloadRenders"]) args[key] = Number(args[key]);
    if (!args.modules || !args.html) throw new Error("--modules and --html are required");
    return args;
}

// The flags of the cold command (bench/render/compare.py), less what playwright sets itself.
const chromiumFlags = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];
const pdfOptions = { preferCSSPageSize: true, printBackground: true };

async function series(count, once) {
    const samples = [];
    for (let i = 0; i < count; ++i) {
        const start = process.hrtime.bigint();
        const bytes = await once();
        samples.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (!bytes || bytes.length < 1000 || bytes.subarray(0, 5).toString() !== "%PDF-")
            throw new Error(`page.pdf() gave no PDF (${bytes?.length ?? 0} bytes)`);
    }
    return samples;
}

function summary(name, samples) {
    const sorted = [...samples].sort((a, b) => a - b);
    const mid = sorted.length / 2;
    const median =
        sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
    const p95 = sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)];
    return `${name}: ${samples.length} PDFs, median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`;
}

async function main() {
    const args = parseArgs(process.argv.slice(2));
    const require = createRequire(join(resolve(args.modules), "noop.js"));
    const { chromium } = require("playwright-core");
    const html = readFileSync(args.html, "utf8");
    const url = pathToFileURL(resolve(args.html)).href;

    const launchStart = process.hrtime.bigint();
    const browser = await chromium.launch({
        executablePath: args.chromium,
        headless: true,
        args: chromiumFlags,
    });
    try {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(url, { waitUntil: "load" });
        await page.evaluate(() => document.fonts.ready.then(() => true));
        const launchMs = Number(process.hrtime.bigint() - launchStart) / 1e6;

        const first = await series(1, () => page.pdf(pdfOptions));
        await series(args.warmup, () => page.pdf(pdfOptions));
        const warm = await series(args.renders, () => page.pdf(pdfOptions));
        if (args.pdf) writeFileSync(args.pdf, await page.pdf(pdfOptions));
        const reload = await series(args.reloadRenders, async () => {
            await page.setContent(html, { waitUntil: "load" });
            return page.pdf(pdfOptions);
        });

        const version = browser.version();
        console.log(`Chromium ${version}, playwright-core ${require("playwright-core/package.json").version}`);
        console.log(`launch + load: ${launchMs.toFixed(0)} ms; first PDF ${first[0].toFixed(1)} ms`);
        console.log(summary("page.pdf()", warm));
        console.log(summary("page.setContent() + page.pdf()", reload));
        if (args.json) {
            writeFileSync(args.json, JSON.stringify({
                chromium: version,
                launchMs,
                firstMs: first[0],
                warmMs: warm,
                reloadMs: reload,
            }));
        }
        await context.close();
    } finally {
        await browser.close();
    }
}

main().catch((error) => {
    console.error(`chromium-warm: ${error.stack ?? error}`);
    process.exit(1);
});
