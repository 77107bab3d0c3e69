// libFuzzer target for the JSON Resume import. Whatever the bytes, import, validation
// and export must not crash, and a resume that imports must export to a document that
// imports again as the same resume: export writes back exactly what was read.
#include <vitae/core/finding.h>
#include <vitae/core/json_resume.h>
#include <vitae/core/validation.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {

[[noreturn]] void fail(const char* property, const QByteArray& exported) {
    std::fprintf(stderr, "fuzz_import_validate: %s\n--- export ---\n%.*s\n--- end ---\n", property,
                 static_cast<int>(exported.size()), exported.constData());
    __builtin_trap();
}

// Findings point into the document: "" (the root) or an RFC 6901 pointer.
void checkFindings(const vitae::core::Findings& findings, const QByteArray& exported) {
    for (const vitae::core::Finding& finding : findings) {
        if (!finding.path.isEmpty() && !finding.path.startsWith(u'/'))
            fail("a finding's path is not a JSON pointer", exported);
        if (vitae::core::codeName(finding.code).isEmpty())
            fail("a finding's code has no name", exported);
        if (vitae::core::toJson(finding).isEmpty())
            fail("a finding has no JSON form", exported);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArrayView input(data, static_cast<qsizetype>(size));
    const vitae::core::ImportResult imported = vitae::core::importJsonResume(input);
    checkFindings(imported.findings, QByteArray());
    if (!imported.parsed)
        return 0;

    const vitae::core::Findings findings = vitae::core::validate(imported.resume);
    const QByteArray exported = vitae::core::exportJsonResumeBytes(imported.resume);
    checkFindings(findings, exported);

    const vitae::core::ImportResult again = vitae::core::importJsonResume(exported);
    if (!again.parsed)
        fail("the export of an imported resume does not import", exported);
    if (!(again.resume == imported.resume))
        fail("import(export(resume)) differs from resume", exported);
    if (vitae::core::exportJsonResumeBytes(again.resume) != exported)
        fail("export(import(export(resume))) differs from export(resume)", exported);
    return 0;
}
