// The built-in pack's parsed sections, saved at build time: reading the YAML is the largest part
// of start-up (yaml-cpp spends about 1,500 instructions a byte), and the built-in files never
// change after the build. tools/pack_snapshot.cpp writes the snapshot; load_builtin_pack reads it.
#pragma once

#include <string>
#include <string_view>

#include "rules/pack_parser.hpp"

namespace claimcheck::rules {

// The sections as bytes (the layout is pack_snapshot.cpp's own). Throws std::logic_error for attribution examples: checking a draft
// never reads them, so the snapshot leaves them out.
std::string write_pack_snapshot(const PackSources& sources);
// The sections back from write_pack_snapshot's bytes. Throws std::runtime_error when they are not
// a snapshot of this build (a build error, never a user's).
PackSources read_pack_snapshot(std::string_view bytes);

// The snapshot compiled into this program, or empty where none was (the tool that writes it).
std::string_view embedded_pack_snapshot();

}  // namespace claimcheck::rules
