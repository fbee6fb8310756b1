#include "checks/check.hpp"

namespace claimcheck {

void check_unattributed_claim(const CheckContext&, FindingSink&);
void check_vague_source(const CheckContext&, FindingSink&);
void check_agentless_attribution(const CheckContext&, FindingSink&);
void check_anonymous_source(const CheckContext&, FindingSink&);
void check_loaded_verb(const CheckContext&, FindingSink&);
void check_single_source_claim(const CheckContext&, FindingSink&);
void check_single_source_story(const CheckContext&, FindingSink&);
void check_unattributed_quote(const CheckContext&, FindingSink&);
void check_unresolved_source(const CheckContext&, FindingSink&);
void check_relayed_statement(const CheckContext&, FindingSink&);
void check_anonymous_opinion(const CheckContext&, FindingSink&);
void check_anonymous_allegation(const CheckContext&, FindingSink&);
void check_boilerplate_anonymity(const CheckContext&, FindingSink&);
void check_headline_not_supported(const CheckContext&, FindingSink&);

const std::map<std::string, CheckFunction>& check_registry() {
    static const std::map<std::string, CheckFunction> registry = {
        {"unattributed-claim", check_unattributed_claim},
        {"vague-source", check_vague_source},
        {"agentless-attribution", check_agentless_attribution},
        {"anonymous-source", check_anonymous_source},
        {"loaded-verb", check_loaded_verb},
        {"single-source-claim", check_single_source_claim},
        {"single-source-story", check_single_source_story},
        {"unattributed-quote", check_unattributed_quote},
        {"unresolved-source", check_unresolved_source},
        {"relayed-statement", check_relayed_statement},
        {"anonymous-opinion", check_anonymous_opinion},
        {"anonymous-allegation", check_anonymous_allegation},
        {"boilerplate-anonymity", check_boilerplate_anonymity},
        {"headline-not-supported", check_headline_not_supported},
    };
    return registry;
}

const std::map<std::string, std::vector<RegexLookup>>& check_regex_lookups() {
    using Kind = RegexLookup::Kind;
    // judge_anonymous() reads public-testimony for the three checks of anonymous sources.
    static const std::map<std::string, std::vector<RegexLookup>> lookups = {
        {"agentless-attribution", {{Kind::Lexicon, "outlets", "outlet-words"}}},
        {"anonymous-source", {{Kind::Fragment, "public-testimony", "public-testimony"}}},
        {"anonymous-opinion",
         {{Kind::Lexicon, "pejoratives", "pejoratives"},
          {Kind::Lexicon, "opinion-markers", "opinion-markers"},
          {Kind::Lexicon, "speculation-markers", "speculation-markers"},
          {Kind::Fragment, "public-testimony", "public-testimony"}}},
        {"anonymous-allegation",
         {{Kind::Lexicon, "wrongdoing", "wrongdoing-words"},
          {Kind::Fragment, "corroboration", "corroboration"},
          {Kind::Fragment, "right-of-reply", "right-of-reply"},
          {Kind::Fragment, "public-testimony", "public-testimony"}}},
        {"single-source-claim",
         {{Kind::Lexicon, "self-words", "self-reference-words"},
          {Kind::Fragment, "public-testimony", "public-testimony"},
          {Kind::Fragment, "defined-group", "defined-group"}}},
        {"vague-source", {{Kind::Fragment, "defined-group", "defined-group"}}},
        {"unattributed-quote", {{Kind::Fragment, "speaker-name", "speaker-name"}}},
    };
    return lookups;
}

}  // namespace claimcheck
