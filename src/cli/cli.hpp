// The command line of DESIGN.md: check, sources, eval, rules list|test|explain.
#pragma once

#include <iosfwd>

namespace claimcheck {

// Exit status: 0 no finding at or above --fail-on; 1 some; 2 usage, config, rule or input error.
enum ExitCode { kExitClean = 0, kExitFindings = 1, kExitError = 2 };

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace claimcheck
