// The resolve stage: source mentions → entities. Pronouns go to the nearest compatible earlier
// entity (subjects and earlier speakers first), second references ("Mr Moon", "the official") to
// the first full mention, possessives ("Mr Moon's office") keep a link to their parent, and
// aliases ("Pyongyang") map to one entity. Each entity gets a kind and a side.
#pragma once

#include <map>
#include <memory>
#include <string>

#include <re2/re2.h>

#include "analysis/analysis.hpp"
#include "analysis/lexicon_index.hpp"
#include "document/document.hpp"
#include "rules/rulepack.hpp"
#include "text/segment.hpp"

namespace claimcheck {

class Resolver {
public:
    explicit Resolver(const RulePack& pack);
    ~Resolver();

    // Fills analysis.entities, each attribution's entity and relayed_by, and analysis.unresolved.
    void resolve(const Document& doc, const Segmented& seg, Analysis& analysis) const;

    struct Words;    // the lexicons resolution reads
    struct Profile;  // what a mention's words say about it

private:
    class Run;
    std::unique_ptr<Words> words_;
    std::unique_ptr<RE2> mention_re_, reason_re_, boilerplate_re_, vantage_re_;
    std::map<std::string, std::string> aliases_;  // lower-case alias → canonical name
    std::map<std::string, std::string> affiliations_;
};

}  // namespace claimcheck
