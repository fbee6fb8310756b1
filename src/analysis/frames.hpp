// Cue frames: finds attributions around the rule pack's cue words. A cue word ("said",
// "believes", "according to") is grown into its verb group ("has repeatedly said", "pointed
// out:"), then its source is the subject noun phrase before it (with an apposition or relative
// clause set off by commas), the noun phrase after it (", said the minister") or the subject of
// the clause it continues (", adding …"), and its content is the clause it introduces or the
// quotation before it. The conventions follow the PolNeAR annotation guidelines (CONTRIBUTING.md).
// frames.cpp holds the frames and the verb group; noun_phrases.cpp reads the noun phrases.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/analysis.hpp"
#include "analysis/lexicon_index.hpp"
#include "analysis/vocabulary.hpp"
#include "analysis/tokens.hpp"
#include "rules/rulepack.hpp"

namespace claimcheck {

struct FrameMatch {
    AttributionForm form = AttributionForm::Indirect;
    Span cue;
    std::optional<Span> source;
    std::optional<Span> antecedent;  // what a relative pronoun source stands for
    std::vector<Span> content;
    std::string head;  // the cue word, lower-case ("insisted")
    std::string frame; // which frame found it, for reports and tuning
    bool quote_before = false;  // no content in the sentence: it is the quotation just before
    bool text_after = false;    // no content in the sentence: it is the paragraph after ("… said:")
};

class FrameFinder {
public:
    explicit FrameFinder(const RulePack& pack);

    // Attributions of one sentence, outermost only (a cue inside another's content is dropped
    // unless the two are coordinated clauses), in cue order.
    // `tokens` must have been prepared by prepare().
    std::vector<FrameMatch> find(std::string_view text, const std::vector<Token>& tokens, bool headline) const;
    // Splits a pronoun from its contracted verb ("He's claiming" → "He" "'s claiming") and tags
    // every word with its lexicons.
    void prepare(std::string_view text, std::vector<Token>& tokens) const;

private:
    struct Range {
        std::size_t first = 0, last = 0;  // token indices, inclusive
    };
    std::optional<FrameMatch> match_cue(std::string_view text, const std::vector<Token>& tokens, std::size_t head,
                                        bool headline, const std::vector<FrameMatch>& earlier) const;
    std::optional<FrameMatch> match_according_to(const std::vector<Token>& tokens, std::size_t at) const;
    std::optional<FrameMatch> match_bare_participle(const std::vector<Token>& tokens, Range group,
                                                    const std::vector<FrameMatch>& earlier, FrameMatch match) const;
    bool plural_subject(const Token& last) const;
    std::size_t phrase_head(const std::vector<Token>& tokens, Range phrase) const;
    bool group_of(const std::vector<Token>& tokens, Range phrase) const;
    std::size_t after_time_adjunct(const std::vector<Token>& tokens, std::size_t first) const;
    std::optional<FrameMatch> match_opening_inverted(const std::vector<Token>& tokens) const;
    std::optional<FrameMatch> match_evidence_in(const std::vector<Token>& tokens, std::size_t at) const;
    std::optional<FrameMatch> with_cited_source(const std::vector<Token>& tokens, Range cue, Range source,
                                                const char* frame) const;
    std::optional<FrameMatch> match_noun(std::string_view text, const std::vector<Token>& tokens, std::size_t noun) const;
    std::optional<FrameMatch> match_colon(const std::vector<Token>& tokens, std::size_t colon) const;
    std::optional<FrameMatch> match_dash(const std::vector<Token>& tokens, std::size_t dash) const;
    std::size_t with_statement_setting(const std::vector<Token>& tokens, std::size_t last) const;
    Range verb_group(const std::vector<Token>& tokens, std::size_t head) const;
    static bool coordinator(const Token& token);
    bool at_list_comma(const std::vector<Token>& tokens, std::size_t& first, std::size_t end) const;
    std::optional<std::size_t> list_start(const std::vector<Token>& tokens, std::size_t comma, std::size_t min_items) const;
    std::optional<Range> subject_before(const std::vector<Token>& tokens, std::size_t end) const;
    bool quantifier(const Token& token) const;
    std::size_t quantity_start(const std::vector<Token>& tokens, std::size_t first) const;
    std::optional<Range> noun_phrase_after(const std::vector<Token>& tokens, std::size_t start, bool apposition) const;
    std::size_t with_descriptions(const std::vector<Token>& tokens, std::size_t last) const;
    std::optional<Range> leading_subject(const std::vector<Token>& tokens) const;
    std::size_t after_listener(const std::vector<Token>& tokens, std::size_t at) const;
    std::size_t content_start_after(const std::vector<Token>& tokens, std::size_t after, bool takes_listener) const;
    bool clause_boundary_before(const std::vector<Token>& tokens, std::size_t first) const;
    std::size_t trailing_phrase_end(const std::vector<Token>& tokens, std::size_t last) const;
    bool describes_before(const Token& token) const;
    bool np_word(const Token& token) const;
    bool verb_before_that(const std::vector<Token>& tokens, std::size_t head) const;
    std::optional<FrameMatch> match_with_participle(const std::vector<Token>& tokens, Range group, FrameMatch match) const;
    bool after_opening_phrase(const std::vector<Token>& tokens, std::size_t at) const;
    bool opens_subject(const Token& token) const;
    bool after_apposition(const std::vector<Token>& tokens, std::size_t head) const;
    bool closes_trailing_attribution(const std::vector<Token>& tokens, std::size_t head) const;
    bool demonstrative_content(const std::vector<Token>& tokens, std::size_t at) const;
    std::size_t that_after_adjunct(const std::vector<Token>& tokens, std::size_t at) const;
    std::optional<FrameMatch> match_named_finding(const std::vector<Token>& tokens, std::size_t noun) const;
    std::optional<Range> findings_subject(const std::vector<Token>& tokens, std::size_t end) const;
    bool describes_noun(const Token& token) const;
    static bool only_numbers(const std::vector<Token>& tokens, Range phrase);
    bool strip_word(const Token& token) const;
    static bool in_list(const TaggedWords& list, const Token& token);
    bool verb_like(const Token& token) const;
    std::optional<Range> subject_with_apposition(const std::vector<Token>& tokens, std::size_t end) const;
    bool plural_before_reporting_verb(const std::vector<Token>& tokens, std::size_t head) const;
    std::size_t particle_words(const std::vector<Token>& tokens, std::size_t head, std::size_t last) const;
    bool opens_relative(const Token& token) const;
    bool capital_article_after_word(const std::vector<Token>& tokens, std::size_t at) const;
    bool name_word(const Token& token) const;
    bool finite_by_form(const Token& verb) const;
    Range with_unclosed_apposition(const std::vector<Token>& tokens, Range subject) const;
    std::optional<Range> trailing_name(const std::vector<Token>& tokens, std::size_t end) const;
    std::optional<Range> subject_with_participle(const std::vector<Token>& tokens, std::size_t end) const;
    std::optional<Range> subject_with_relative(const std::vector<Token>& tokens, std::size_t end) const;
    std::optional<Range> bounded_subject(const std::vector<Token>& tokens, std::size_t end) const;
    bool group_word(const Token& token) const;
    std::optional<std::size_t> catenated_verb(const std::vector<Token>& tokens, std::size_t head) const;
    bool followed_by_finite_verb(const std::vector<Token>& tokens, Range group) const;
    bool links_content(const std::vector<Token>& tokens, std::size_t at) const;
    bool passive(const std::vector<Token>& tokens, Range group, std::size_t head) const;
    std::optional<FrameMatch> with_shared_subject(FrameMatch match, const std::vector<Token>& tokens, Range group,
                                                  const std::vector<FrameMatch>& earlier, const char* frame) const;
    std::optional<FrameMatch> match_opening_participle(const std::vector<Token>& tokens,
                                                       const std::vector<FrameMatch>& later) const;
    std::optional<FrameMatch> match_passive_agent(const std::vector<Token>& tokens, Range group,
                                                  const std::string& head) const;
    std::optional<Span> antecedent_of(const std::vector<Token>& tokens, std::size_t relative) const;
    bool opens_own_clause(const std::vector<Token>& tokens, std::size_t from) const;
    void end_content_at(const std::vector<Token>& tokens, std::size_t offset, FrameMatch& earlier) const;
    void end_content_before(const std::vector<Token>& tokens, std::size_t from, FrameMatch& earlier) const;
    void drop_nested(const std::vector<Token>& tokens, std::vector<FrameMatch>& matches) const;

    Vocabulary vocab_;  // before the lexicons: each takes its tag bit from it
    TaggedWords verbs_, inverted_, tell_, particles_, group_words_, not_adverbs_, openers_, breakers_,
        connectors_, determiners_, subject_pronouns_, relatives_, strip_, adjunct_starts_, listeners_,
        calendar_, participles_, be_forms_, not_verbs_, ambiguous_, singular_determiners_, conjunctions_, pronominal_, partitives_, postmodifiers_, catenatives_, participle_openers_, not_speakers_, quantity_words_,
        nouns_, possessives_, viewpoints_, circumstances_, finite_auxiliaries_, linking_prepositions_,
        quantity_leads_, subject_trailers_, content_adverbs_, evidence_nouns_, evidence_verbs_, finding_nouns_, group_nouns_, time_nouns_, subordinators_, interjections_, statement_settings_, participle_prepositions_, time_leads_, plural_nouns_, contractions_, object_pronouns_;
};

}  // namespace claimcheck
