// Reading the one YAML document of a rule file, safely. YAML::LoadAll (yaml-cpp 0.7, Debian 12)
// never returns on some malformed input: at a ',' outside brackets that follows a ':' (the
// 6 bytes `"",:,` are enough) its parser starts a new empty document at the same place forever,
// allocating until memory runs out. Found by the rule_pack fuzz target.
#pragma once

#include <string>

#include <yaml-cpp/yaml.h>

#include "rules/yaml_reader.hpp"

namespace claimcheck::rules {

// The first document of `text` (a null node when it is empty). Throws UserError at the place
// where a second document holds anything, and where the parser stops making progress; yaml-cpp's
// own errors are left as YAML::Exception for the caller to locate.
YAML::Node load_one_document(const SourceText& source, const std::string& text);

}  // namespace claimcheck::rules
