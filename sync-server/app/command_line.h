// vitae-server's command line: serve (the default), migrate, check-config and
// users grant-admin, with --config FILE. Exit codes: 0 done, 1 failed, 2 usage or config error.
#pragma once

namespace vitae::server {

int runCommandLine(int argc, char** argv);

} // namespace vitae::server
