// Route parity between vitae-server and its OpenAPI document (sync-server/openapi.yaml): the
// route table of a real Application against the `paths:` of the document, both ways. The
// reader of `paths:` is a small strict one (Qt has no YAML parser): it knows the document's
// block layout and refuses anything else, so a reformatted document fails loudly here instead
// of being misread. The comparison and the reader have tests of their own.
#include "adapters/log/json_log.h"
#include "app/application.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <numeric>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace vitae::test {
namespace {

struct Route {
    std::string method; // upper case, "GET"
    std::string path;   // "/api/resumes/{id}"

    auto operator<=>(const Route&) const = default;
};

using Routes = std::set<Route>;

struct DocumentRoutes {
    Routes routes;
    std::vector<std::string> problems; // "line 12: ..."; empty when the document was read
};

std::string upper(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

std::size_t indentation(const std::string& line) {
    return line.find_first_not_of(' ');
}

// "key:" or "key: value" -> "key" (quotes removed); empty when the line is no mapping key.
std::string mappingKey(const std::string& text) {
    std::string key = text.substr(0, text.find(':'));
    if (key.size() == text.size())
        return {};
    if (key.size() >= 2 && (key.front() == '\'' || key.front() == '"') && key.back() == key.front())
        key = key.substr(1, key.size() - 2);
    return key;
}

bool isMethod(const std::string& key) {
    static const std::set<std::string> methods = {"get",     "put",  "post",  "delete",
                                                  "options", "head", "patch", "trace"};
    return methods.contains(key);
}

// Path Item fields that are not operations (OpenAPI 3.1, 4.8.9).
bool isPathItemField(const std::string& key) {
    static const std::set<std::string> fields = {"$ref", "summary", "description", "servers",
                                                 "parameters"};
    return fields.contains(key);
}

// The operations under `paths:`: paths at two spaces, their fields at four, in block style.
DocumentRoutes readDocumentRoutes(std::istream& in) {
    DocumentRoutes result;
    const auto problem = [&](int number, const std::string& what) {
        result.problems.push_back("line " + std::to_string(number) + ": " + what);
    };
    bool inPaths = false;
    bool sawPaths = false;
    std::string currentPath;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        const std::size_t indent = indentation(line);
        if (indent == std::string::npos || line[indent] == '#')
            continue; // blank or comment
        if (line.find('\t') != std::string::npos) {
            problem(number, "a tab; the reader knows spaces only");
            continue;
        }
        if (indent == 0) {
            inPaths = line == "paths:";
            sawPaths = sawPaths || inPaths;
            if (line.rfind("paths:", 0) == 0 && !inPaths)
                problem(number, "`paths:` must be a block mapping");
            currentPath.clear();
            continue;
        }
        if (!inPaths || indent > 4)
            continue;
        const std::string text = line.substr(indent);
        const std::string key = mappingKey(text);
        if (indent == 2) {
            if (key.empty() || key.front() != '/') {
                problem(number, "expected a path key such as `/api/...:`, not `" + text + "`");
                currentPath.clear();
                continue;
            }
            const std::string rest = text.substr(text.find(':') + 1);
            if (rest.find_first_not_of(' ') != std::string::npos)
                problem(number, "path `" + key + "` must be a block mapping");
            currentPath = key;
            continue;
        }
        if (indent != 4) {
            problem(number, "indentation of " + std::to_string(indent) + " under `paths:`");
            continue;
        }
        if (currentPath.empty())
            continue; // under a path already reported
        if (isMethod(key))
            result.routes.insert({upper(key), currentPath});
        else if (!isPathItemField(key))
            problem(number,
                    "`" + key + "` under " + currentPath + " is no operation nor path field");
    }
    if (!sawPaths)
        result.problems.emplace_back("no top-level `paths:` block");
    return result;
}

DocumentRoutes readDocumentRoutes(const std::string& text) {
    std::istringstream in(text);
    return readDocumentRoutes(in);
}

struct RouteDifference {
    std::vector<Route> onlyInServer;   // served but not documented
    std::vector<Route> onlyInDocument; // documented but not served
    bool empty() const { return onlyInServer.empty() && onlyInDocument.empty(); }
};

RouteDifference compareRoutes(const Routes& server, const Routes& document) {
    RouteDifference difference;
    std::set_difference(server.begin(), server.end(), document.begin(), document.end(),
                        std::back_inserter(difference.onlyInServer));
    std::set_difference(document.begin(), document.end(), server.begin(), server.end(),
                        std::back_inserter(difference.onlyInDocument));
    return difference;
}

std::string describe(const RouteDifference& difference) {
    std::ostringstream out;
    for (const Route& route : difference.onlyInServer)
        out << "  served but missing from sync-server/openapi.yaml: " << route.method << " "
            << route.path << "\n";
    for (const Route& route : difference.onlyInDocument)
        out << "  in sync-server/openapi.yaml but not served: " << route.method << " " << route.path
            << "\n";
    return out.str();
}

// The routes of the server as deployed. Constructing an Application opens no connection.
Routes serverRoutes() {
    server::config::ServerConfig config;
    config.databaseUrl = "host=127.0.0.1 port=1 dbname=never_connected";
    config.httpPort = 0;
    server::JsonLog log([](std::string_view) {});
    server::Application app(config, log);
    Routes routes;
    for (const auto& [method, pattern] : app.http().routes())
        routes.insert({std::string(server::http::methodName(method)), pattern});
    return routes;
}

DocumentRoutes documentRoutes() {
    std::ifstream in(VITAE_OPENAPI_PATH);
    if (!in)
        return {{}, {std::string("cannot read ") + VITAE_OPENAPI_PATH}};
    return readDocumentRoutes(in);
}

TEST(OpenApiParity, EveryServedRouteIsDocumentedAndEveryDocumentedRouteIsServed) {
    const DocumentRoutes document = documentRoutes();
    ASSERT_TRUE(document.problems.empty())
        << "sync-server/openapi.yaml `paths:` not read:\n  "
        << std::accumulate(document.problems.begin(), document.problems.end(), std::string(),
                           [](std::string all, const std::string& p) {
                               return all.empty() ? p : all + "\n  " + p;
                           });
    const Routes served = serverRoutes();
    ASSERT_FALSE(served.empty());
    const RouteDifference difference = compareRoutes(served, document.routes);
    EXPECT_TRUE(difference.empty()) << "routes and document disagree:\n" << describe(difference);
}

TEST(RouteComparison, AgreeingTablesHaveNoDifference) {
    const Routes routes{{"GET", "/a"}, {"POST", "/a"}, {"GET", "/b/{id}"}};
    EXPECT_TRUE(compareRoutes(routes, routes).empty());
    EXPECT_EQ(describe(compareRoutes(routes, routes)), "");
}

TEST(RouteComparison, NamesARouteTheDocumentLacksAndOneTheServerLacks) {
    const Routes served{{"GET", "/api/resumes"}, {"DELETE", "/api/resumes/{id}"}};
    const Routes documented{{"GET", "/api/resumes"}, {"PUT", "/api/resumes/{id}"}};
    const RouteDifference difference = compareRoutes(served, documented);
    EXPECT_EQ(difference.onlyInServer, (std::vector<Route>{{"DELETE", "/api/resumes/{id}"}}));
    EXPECT_EQ(difference.onlyInDocument, (std::vector<Route>{{"PUT", "/api/resumes/{id}"}}));
    EXPECT_EQ(describe(difference),
              "  served but missing from sync-server/openapi.yaml: DELETE /api/resumes/{id}\n"
              "  in sync-server/openapi.yaml but not served: PUT /api/resumes/{id}\n");
}

TEST(RouteComparison, TheSamePathWithAnotherMethodIsADifference) {
    const RouteDifference difference = compareRoutes({{"GET", "/x"}}, {{"POST", "/x"}});
    EXPECT_EQ(difference.onlyInServer.size(), 1u);
    EXPECT_EQ(difference.onlyInDocument.size(), 1u);
}

TEST(OpenApiPathsReader, ReadsOperationsAndSkipsPathFieldsAndEverythingElse) {
    const DocumentRoutes read = readDocumentRoutes(R"(openapi: 3.1.0
info:
  title: t
paths:
  # a comment
  /healthz:
    get:
      responses: {}

  '/api/resumes/{id}':
    parameters:
      - $ref: '#/components/parameters/Id'
    summary: one resume
    get:
      operationId: getResume
    delete:
      responses:
        '204':
          description: gone
components:
  schemas:
    Thing:
      properties:
        paths:
          type: string
        get:
          type: string
)");
    EXPECT_TRUE(read.problems.empty()) << read.problems.front();
    EXPECT_EQ(read.routes, (Routes{{"GET", "/healthz"},
                                   {"GET", "/api/resumes/{id}"},
                                   {"DELETE", "/api/resumes/{id}"}}));
}

TEST(OpenApiPathsReader, RefusesWhatItCannotReadForSure) {
    const std::vector<std::pair<const char*, const char*>> documents = {
        {"no paths", "openapi: 3.1.0\ninfo:\n  title: t\n"},
        {"flow paths", "paths: {/a: {get: {}}}\n"},
        {"flow path item", "paths:\n  /a: {get: {}}\n"},
        {"odd indentation", "paths:\n  /a:\n   get:\n      responses: {}\n"},
        {"not a path", "paths:\n  api/a:\n    get: {}\n"},
        {"unknown field", "paths:\n  /a:\n    fetch:\n      responses: {}\n"},
        {"tab", "paths:\n  /a:\n\tget: {}\n"},
    };
    for (const auto& [what, text] : documents)
        EXPECT_FALSE(readDocumentRoutes(text).problems.empty()) << what;
}

} // namespace
} // namespace vitae::test
