#include "text/block_roles.hpp"

#include <string>

#include "common/error.hpp"

namespace claimcheck::text {

BlockRoles::BlockRoles(const std::vector<BlockRolePattern>& patterns) {
    RE2::Options options;
    options.set_log_errors(false);
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        if (patterns[i].compiled) {
            roles_.push_back({patterns[i].kind, patterns[i].compiled});
            continue;
        }
        auto regex = std::make_shared<const RE2>(patterns[i].regex, options);
        if (!regex->ok()) {
            throw UserError(Location{"structure.block-roles"},
                            "block role pattern " + std::to_string(i + 1) + " (" +
                                block_kind_name(patterns[i].kind) + ") '" + patterns[i].regex +
                                "' is not a valid RE2 regex: " + regex->error() +
                                "; fix it in the rule pack's structure section");
        }
        roles_.push_back({patterns[i].kind, std::move(regex)});
    }
}

BlockKind BlockRoles::refine(BlockKind kind, std::string_view text) const {
    if (kind != BlockKind::Paragraph) return kind;
    for (const Role& role : roles_) {
        if (RE2::PartialMatch(text, *role.regex)) return role.kind;
    }
    return kind;
}

}  // namespace claimcheck::text
