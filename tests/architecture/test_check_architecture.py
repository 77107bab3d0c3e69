#!/usr/bin/python3
"""scripts/check-architecture finds one violation of each rule in fixtures/violations and
nothing in fixtures/clean. Run: /usr/bin/python3 tests/architecture/test_check_architecture.py"""

import subprocess
import sys
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECKER = HERE.parent.parent / "scripts" / "check-architecture"
VIOLATIONS = HERE / "fixtures" / "violations"
CLEAN = HERE / "fixtures" / "clean"

RULES = {
    "shared-independent",
    "shared-no-widgets",
    "shared-no-service-libs",
    "core-qt-core-only",
    "desktop-no-server",
    "server-no-desktop",
    "domain-pure",
    "usecases-no-adapters",
}

EXPECTED = [
    "desktop/src/main_window.cpp:5: [desktop-no-server] desktop/ must not include sync-server/:"
    " <vitae/server/store.h> (sync-server/include/vitae/server/store.h)",
    "shared/core/src/apps.cpp:2: [shared-independent] shared/ must not include desktop/:"
    ' "../../../desktop/main_window.h" (desktop/main_window.h)',
    "shared/core/src/apps.cpp:5: [shared-independent] shared/ must not include sync-server/:"
    " <vitae/server/store.h> (sync-server/include/vitae/server/store.h)",
    "shared/core/src/qt_modules.cpp:4: [core-qt-core-only] shared/core/ is Qt Core only,"
    " not QtGui: <QImage>",
    "shared/core/src/qt_modules.cpp:5: [core-qt-core-only] shared/core/ is Qt Core only,"
    " not QtSql: <QSqlDatabase>",
    "shared/core/src/qt_modules.cpp:7: [core-qt-core-only] shared/core/ is Qt Core only,"
    " not QtNetwork: <QtNetwork/QNetworkAccessManager>",
    "shared/render/src/widgets.cpp:6: [shared-no-widgets] shared/ must not include QtWidgets:"
    " <QLabel>",
    "shared/render/src/widgets.cpp:8: [shared-no-widgets] shared/ must not include QtWidgets:"
    " <QtWidgets/QWidget>",
    "shared/sync/src/service_libs.cpp:2: [shared-no-service-libs] shared/ must not include"
    " QtKeychain: <qt6keychain/keychain.h>",
    "shared/sync/src/service_libs.cpp:4: [shared-no-service-libs] shared/ must not include"
    " curl: <curl/curl.h>",
    "shared/sync/src/service_libs.cpp:5: [shared-no-service-libs] shared/ must not include"
    " cpp-httplib: <httplib.h>",
    "shared/sync/src/service_libs.cpp:6: [shared-no-service-libs] shared/ must not include"
    " libpq: <libpq-fe.h>",
    "shared/sync/src/service_libs.cpp:7: [shared-no-service-libs] shared/ must not include"
    " PostgreSQL: <postgresql/libpq-fe.h>",
    "shared/sync/src/service_libs.cpp:8: [shared-no-service-libs] shared/ must not include"
    " libsodium: <sodium.h>",
    "sync-server/domain/resume.cpp:4: [domain-pure] domain/ must not include usecases/:"
    ' "../usecases/save_resume.h" (sync-server/usecases/save_resume.h)',
    "sync-server/domain/resume.cpp:5: [domain-pure] domain/ must not include adapters/:"
    ' "adapters/postgres_store.h" (sync-server/adapters/postgres_store.h)',
    "sync-server/src/server.cpp:4: [server-no-desktop] sync-server/ must not include desktop/:"
    " <desktop/main_window.h>",
    "sync-server/usecases/save_resume.cpp:4: [usecases-no-adapters] usecases/ must not include"
    ' adapters/: "../adapters/postgres_store.h" (sync-server/adapters/postgres_store.h)',
]


def run_checker(*args):
    return subprocess.run([sys.executable, str(CHECKER), *args], capture_output=True, text=True,
                          check=False, timeout=60)


class CheckArchitectureTest(unittest.TestCase):
    def assert_reports_expected(self, result):
        self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
        reported = result.stdout.splitlines()
        for line in EXPECTED:
            self.assertIn(line, reported, "expected violation not reported")
        self.assertEqual(reported, EXPECTED, "unexpected violations reported")

    def test_expected_list_covers_every_rule(self):
        seen = {line.split("[", 1)[1].split("]", 1)[0] for line in EXPECTED}
        self.assertEqual(seen, RULES)

    def test_violations_are_reported_one_line_each(self):
        self.assert_reports_expected(run_checker("--root", str(VIOLATIONS)))

    def test_violations_are_reported_without_qt_headers_on_the_machine(self):
        # The lists kept in the checker stand in for /usr/include/.../qt6.
        self.assert_reports_expected(
            run_checker("--root", str(VIOLATIONS), "--qt-include-dir", str(HERE / "no-such-dir")))

    def test_clean_tree_passes(self):
        result = run_checker("--root", str(CLEAN))
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertNotIn("[", result.stdout)

    def test_missing_root_is_an_error(self):
        result = run_checker("--root", str(HERE / "no-such-dir"))
        self.assertEqual(result.returncode, 2, result.stdout + result.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
