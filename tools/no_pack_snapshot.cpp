// The snapshot tool itself is linked with no snapshot: it reads the rule pack's YAML.
#include "rules/pack_snapshot.hpp"

namespace claimcheck::rules {

std::string_view embedded_pack_snapshot() { return {}; }

}  // namespace claimcheck::rules
