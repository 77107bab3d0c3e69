// Validation of a resume against Vitae's rules: field formats and sizes, dates,
// section counts and the chosen template's needs. Pure and fast (the desktop
// runs it on every keystroke); the same call gives the server's verdict.
#pragma once

#include <vitae/core/finding.h>
#include <vitae/core/limits.h>
#include <vitae/core/resume.h>

namespace vitae::core {

class TemplateCatalogue;

struct ValidationOptions {
    // VITAE_MAX_RESUME_SECTIONS; the server may lower it further per plan (plan_policy.h).
    int maxResumeSections = limits::defaultMaxResumeSections;
    // Templates to check the resume's template id against; nullptr: the built-in catalogue.
    const TemplateCatalogue* catalogue = nullptr;
};

Findings validate(const Resume& resume, const ValidationOptions& options = {});

// The value of VITAE_MAX_RESUME_SECTIONS, however it was given (the environment, a server's
// configuration file): a whole number from 1 to 1000, surrounding blanks ignored, or the default
// when `text` is blank. `error` receives a one-line reason when it is set but unusable (and the
// default is returned).
int parseMaxResumeSections(const QString& text, QString* error = nullptr);

// parseMaxResumeSections() of the VITAE_MAX_RESUME_SECTIONS environment variable.
int maxResumeSectionsFromEnvironment(QString* error = nullptr);

// Date helpers shared with the editor's date fields.
struct PartialDate {
    int year = 0;
    int month = 0; // 0: not given
    int day = 0;   // 0: not given
    auto operator<=>(const PartialDate&) const = default;
};
enum class DateProblem { None, Malformed, NotOnCalendar };
DateProblem checkDate(QStringView text, PartialDate* parsed = nullptr);
// True when `start` is after `end` at the precision both give.
bool startsAfter(const PartialDate& start, const PartialDate& end);

} // namespace vitae::core
