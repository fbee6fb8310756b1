// Structural roles of paragraphs (caption, credit, byline, dateline, boilerplate), recognised by
// the rule pack's block-role patterns. The patterns are compiled once; matching is RE2, so a
// pattern cannot make a long paragraph slow.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "text/segment.hpp"

namespace claimcheck::text {

class BlockRoles {
public:
    // Throws UserError naming the pattern when one is not a valid RE2 regex.
    explicit BlockRoles(const std::vector<BlockRolePattern>& patterns);

    // The refined kind of a block: a Paragraph whose text matches a pattern (first match wins,
    // anywhere in the text unless the pattern anchors itself with ^ or $) takes that pattern's
    // kind; every other block keeps its own.
    BlockKind refine(BlockKind kind, std::string_view text) const;

private:
    struct Role {
        BlockKind kind;
        std::shared_ptr<const RE2> regex;
    };
    std::vector<Role> roles_;
};

}  // namespace claimcheck::text
