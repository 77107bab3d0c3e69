// vitae-server: the Vitae sync server. Everything but the entry point lives in the libraries
// of sync-server/ (see app/command_line.h).
#include "app/command_line.h"

int main(int argc, char** argv) {
    return vitae::server::runCommandLine(argc, argv);
}
