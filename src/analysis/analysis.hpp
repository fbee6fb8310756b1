// The results of the attribute, resolve, claims and corroborate stages: plain data that the
// checks and the reports read.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/span.hpp"

namespace claimcheck {

enum class SourceKind { Person, Organization, Document, Anonymous, Vague, Unresolved };
const char* source_kind_name(SourceKind kind);

enum class AttributionForm { Direct, Indirect, Mixed, AccordingTo, Headline, Continuation, Agentless };
const char* attribution_form_name(AttributionForm form);

// A source mention as written in the draft.
struct Mention {
    Span span;
    std::size_t sentence = 0;
    int entity = -1;
};

// Someone or something the draft cites; mentions that refer to the same one share an entity.
struct Entity {
    std::string name;        // the fullest mention, e.g. "Gen Kim Yong-chol"
    SourceKind kind = SourceKind::Unresolved;
    std::string side;        // independence group: an official and their office share a side
    int parent = -1;         // for "Mr Moon's office": the entity of Mr Moon
    bool plural = false;
    bool anonymity_reason = false;       // a stated reason for anonymity was found
    bool boilerplate_reason = false;     // …but it is a rote formula
    int specificity = 0;                 // anonymous sources: how well described (ATTR-05)
    std::vector<Mention> mentions;
    int attributions = 0;
};

struct Attribution {
    AttributionForm form = AttributionForm::Indirect;
    std::size_t sentence = 0;
    Span cue;
    std::optional<Span> source;   // none for agentless attributions
    std::optional<Span> antecedent;  // a relative pronoun source's noun phrase ("the ministry, which said")
    std::vector<Span> content;
    int entity = -1;              // resolved entity of the source, -1 when none
    int relayed_by = -1;          // entity that relayed the statement ("according to X's office")
    int relay = -1;               // index of the according-to attribution that relays this one
    std::string pattern;          // rule-pack pattern id that found it
    std::string cue_lemma;        // "say", "insist", "according to" …
    std::string cue_class;        // lexicon tag of the cue: neutral, resolve, doubt, guilt …
};

struct Claim {
    std::size_t sentence = 0;
    Span span;                         // the sentence (or the clause) that asserts
    std::vector<std::string> triggers; // trigger ids that made it check-worthy
    double score = 0;
    std::vector<int> attributions;     // attributions that carry it
    std::vector<int> support;          // independent entities behind it (one per side)
    bool key = false;                  // headline, lede, allegation or statistic
    bool reply_recorded = false;       // a right-of-reply phrase concerns it
    bool by_position = false;          // a claim only with the headline or lede's weight

    bool has_trigger(std::string_view id) const {
        return std::find(triggers.begin(), triggers.end(), id) != triggers.end();
    }
};

struct Analysis {
    std::vector<Entity> entities;
    std::vector<Attribution> attributions;
    std::vector<Claim> claims;
    std::vector<Span> replies;       // right-of-reply phrases ("declined to comment")
    std::vector<Span> unresolved;    // pronouns and second references with no antecedent
    // Sentences where the writer speaks in their own voice ("I", "we", or to the reader as "you"),
    // outside quotation marks and outside what anyone is reported to have said: a column's, a
    // review's or a reader's comment, not a news report.
    std::vector<std::size_t> first_person;
};

}  // namespace claimcheck
