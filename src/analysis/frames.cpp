#include "analysis/frames.hpp"
#include "analysis/frame_spans.hpp"

#include <algorithm>
#include <cctype>

namespace claimcheck {

using namespace frame_spans;

FrameFinder::FrameFinder(const RulePack& pack)
    : verbs_(vocab_.add(pack, "cue-verbs")),
      inverted_(vocab_.add(pack, "speech-inverted")),
      tell_(vocab_.add(pack, "speech-tell")),
      particles_(vocab_.add(pack, "cue-particles")),
      group_words_(vocab_.add(pack, "verb-group-words")),
      not_adverbs_(vocab_.add(pack, "not-adverbs")),
      openers_(vocab_.add(pack, "clause-openers")),
      breakers_(vocab_.add(pack, "np-breakers")),
      connectors_(vocab_.add(pack, "np-connectors")),
      determiners_(vocab_.add(pack, "determiners")),
      subject_pronouns_(vocab_.add(pack, "subject-pronouns")),
      relatives_(vocab_.add(pack, "relative-pronouns")),
      strip_(vocab_.add(pack, "source-strip")),
      adjunct_starts_(vocab_.add(pack, "adjunct-starts")),
      listeners_(vocab_.add(pack, "listeners")),
      calendar_(vocab_.add(pack, "calendar")),
      participles_(vocab_.add(pack, "irregular-past")),
      be_forms_(vocab_.add(pack, "be-forms")),
      not_verbs_(vocab_.add(pack, "not-verbs")),
      ambiguous_(vocab_.add(pack, "ambiguous-forms")),
      singular_determiners_(vocab_.add(pack, "singular-determiners")),
      conjunctions_(vocab_.add(pack, "clause-conjunctions")),
      pronominal_(vocab_.add(pack, "pronominal-quantifiers")),
      partitives_(vocab_.add(pack, "partitive-pronouns")),
      postmodifiers_(vocab_.add(pack, "source-postmodifiers")),
      catenatives_(vocab_.add(pack, "catenatives")),
      participle_openers_(vocab_.add(pack, "opening-prepositions")),
      not_speakers_(vocab_.add(pack, "label-words")),
      quantity_words_(vocab_.add(pack, "quantity-words")),
      nouns_(vocab_.add(pack, "cue-nouns")),
      possessives_(vocab_.add(pack, "possessive-determiners")),
      viewpoints_(vocab_.add(pack, "viewpoint-nouns")),
      circumstances_(vocab_.add(pack, "circumstance-participles")),
      finite_auxiliaries_(vocab_.add(pack, "finite-auxiliaries")),
      linking_prepositions_(vocab_.add(pack, "linking-prepositions")),
      quantity_leads_(vocab_.add(pack, "quantity-leads")),
      subject_trailers_(vocab_.add(pack, "subject-trailers")),
      content_adverbs_(vocab_.add(pack, "content-adverbs")),
      evidence_nouns_(vocab_.add(pack, "evidence-nouns")),
      evidence_verbs_(vocab_.add(pack, "speech-evidence")),
      finding_nouns_(vocab_.add(pack, "finding-nouns")),
      group_nouns_(vocab_.add(pack, "group-nouns")),
      time_nouns_(vocab_.add(pack, "time-nouns")),
      subordinators_(vocab_.add(pack, "subordinators")),
      interjections_(vocab_.add(pack, "source-interjections")),
      statement_settings_(vocab_.add(pack, "statement-settings")),
      participle_prepositions_(vocab_.add(pack, "participle-prepositions")),
      time_leads_(vocab_.add(pack, "time-leads")),
      plural_nouns_(vocab_.add(pack, "plural-nouns")),
      contractions_(vocab_.add(pack, "verb-contractions")),
      object_pronouns_(vocab_.add(pack, "object-pronouns")) {}

// The cue word with its auxiliaries, negation and adverbs before it ("has not yet said"), a
// particle the lexicon pairs with it ("pointed out", "called for") and a colon after it.
FrameFinder::Range FrameFinder::verb_group(const std::vector<Token>& tokens, std::size_t head) const {
    Range group{head, head};
    while (group.first > 0 && group_word(tokens[group.first - 1]) && !tokens[group.first - 1].in_quote) --group.first;
    if (auto to = catenated_verb(tokens, head)) {
        group.last = *to;
        head = *to;
    }
    if (const std::size_t particle = particle_words(tokens, head, group.last))
        group.last += particle;
    else if (links_content(tokens, group.last + 1))
        ++group.last;  // "spoke about", "argued against" (PolNeAR keeps the preposition)
    if (group.last + 1 < tokens.size() && tokens[group.last + 1].is_word() &&
        group_word(tokens[group.last + 1]) && group.last + 2 < tokens.size() &&
        tokens[group.last + 2].kind == TokenKind::Colon)
        ++group.last;  // "added sarcastically:" 
    // "said repeatedly", "said sarcastically": a manner adverb right after the verb joins it.
    if (group.last + 1 < tokens.size() && group_word(tokens[group.last + 1]) &&
        ends_with(tokens[group.last + 1].lower, "ly") && !content_adverbs_.has(tokens[group.last + 1]))
        ++group.last;
    group.last = with_statement_setting(tokens, group.last);
    if (group.last + 1 < tokens.size() && tokens[group.last + 1].kind == TokenKind::Colon) ++group.last;
    return group;
}

// How many words after `last` (one or two) join the verb at `head` in a phrase the pack's
// `cue-particles` list ("pointed out", "made it clear"); 0 for none.
std::size_t FrameFinder::particle_words(const std::vector<Token>& tokens, std::size_t head, std::size_t last) const {
    const std::size_t longest = 2;
    if (!vocab_.starts_phrase(tokens[head])) return 0;
    std::string phrase = tokens[head].lower;
    for (std::size_t count = 1; count <= longest && last + count < tokens.size(); ++count) {
        if (!tokens[last + count].is_word()) return 0;
        phrase += ' ';
        phrase += tokens[last + count].lower;
        if (particles_.contains(phrase)) return count;
    }
    return 0;
}

// "said in a statement", "wrote in a joint statement": the statement joins the cue, as PolNeAR
// mostly annotates it (see `statement-settings`). Returns the new last token of the group.
std::size_t FrameFinder::with_statement_setting(const std::vector<Token>& tokens, std::size_t last) const {
    const std::size_t in = last + 1;
    if (in + 2 >= tokens.size() || tokens[in].lower != "in" || tokens[in].in_quote) return last;
    if (!determiners_.has(tokens[in + 1]) && !possessives_.has(tokens[in + 1])) return last;
    for (std::size_t end = in + 2; end < tokens.size() && end <= in + 4; ++end) {
        if (!tokens[end].is_word()) return last;
        if (statement_settings_.has(tokens[end])) return end;
    }
    return last;
}

// The cue verb a catenative verb at `head` leads to: "continued to push", "went on to
// criticize" (a two-word catenative), or nothing.
std::optional<std::size_t> FrameFinder::catenated_verb(const std::vector<Token>& tokens, std::size_t head) const {
    const std::size_t n = tokens.size();
    std::size_t next = head + 1;
    // A two-word catenative ("went on", "had to") is listed whole.
    const bool two_words =
        next < n && tokens[next].is_word() && vocab_.starts_phrase(tokens[head]) &&
        catenatives_.contains(tokens[head].lower + " " + tokens[next].lower);
    if (!two_words && !catenatives_.has(tokens[head])) return std::nullopt;
    if (two_words) ++next;
    // "to" joins the catenative to its verb, unless the catenative ended with it ("had to").
    if (tokens[next - 1].lower != "to") {
        if (next >= n || tokens[next].lower != "to") return std::nullopt;
        ++next;
    }
    if (next >= n || !tokens[next].is_word() || tokens[next].capitalised) return std::nullopt;
    // The verb it leads to must be a cue in its own right, not a form mostly used otherwise.
    if (!verbs_.has(tokens[next]) || ambiguous_.has(tokens[next])) return std::nullopt;
    return next;
}

// "The report said", "his claims were": a cue word right before a verb is that verb's subject.
bool FrameFinder::followed_by_finite_verb(const std::vector<Token>& tokens, Range group) const {
    // "… which officials said will go into effect", "what he said were …": after a pronoun, or a
    // noun that opens a relative clause, the cue is the clause's verb and the verb after it
    // belongs to what was said.
    if (group.first > 0 && tokens[group.first - 1].is_word()) {
        const Token& subject = tokens[group.first - 1];
        if (subject_pronouns_.has(subject)) return false;
        if (group.first > 1 && np_word(subject) && opens_relative(tokens[group.first - 2])) return false;
        // ("what many analysts said was …")
        if (group.first > 2 && np_word(subject) && quantifier(tokens[group.first - 2]) &&
            opens_relative(tokens[group.first - 3]))
            return false;
    }
    std::size_t next = group.last + 1;
    // "Refugee advocates also said": an adverb may stand between.
    while (next + 1 < tokens.size() && tokens[next].is_word() && !tokens[next].capitalised &&
           group_words_.has(tokens[next]) && !be_forms_.has(tokens[next]) &&
           !finite_auxiliaries_.has(tokens[next]))
        ++next;
    if (next >= tokens.size() || !tokens[next].is_word() || tokens[next].capitalised) return false;
    const Token& word = tokens[next];
    if (be_forms_.has(word) || finite_auxiliaries_.has(word)) return true;
    // (A form in -s may be a plural noun: "rejected claims that …".)
    if (!verbs_.has(word) || !(ends_with(word.lower, "ed") || participles_.has(word))) return false;
    // "said estimated cost savings were …": an -ed form before a noun modifies it, so the verb
    // before it is the finite one.
    const bool modifies_noun = next + 1 < tokens.size() && np_word(tokens[next + 1]) && !tokens[next + 1].capitalised &&
                               !determiners_.has(tokens[next + 1]) && !verb_like(tokens[next + 1]) &&
                               !connectors_.has(tokens[next + 1]);
    return !modifies_noun;
}

// "Iowa biofuels advocates say …", "Some advocates for stem cell research said …": a form in -s
// with a reporting verb a few words on, before any mark or new subject, is the plural noun that
// verb agrees with.
bool FrameFinder::plural_before_reporting_verb(const std::vector<Token>& tokens, std::size_t head) const {
    const std::size_t reach = 6;
    const Token& word = tokens[head];
    if (!ends_with(word.lower, "s") || ends_with(word.lower, "ss") || (head > 0 && subject_pronouns_.has(tokens[head - 1])))
        return false;
    for (std::size_t at = head + 1; at < tokens.size() && at <= head + reach; ++at) {
        const Token& next = tokens[at];
        if (!next.is_word() || next.capitalised) return false;
        // "McConnell says he spoke …", "says that she wrote": a verb after its own subject or
        // "that" opens the clause the -s form reports.
        if (subject_pronouns_.has(next) || next.lower == "that") return false;
        if (verbs_.has(next) && !verb_like(next) && (next.lower == "say" || finite_by_form(next)) && !ends_with(next.lower, "s"))
            return true;
        if (verbs_.has(next) || be_forms_.has(next) || finite_auxiliaries_.has(next)) return false;
    }
    return false;
}

// A word that opens a relative clause: "which", "who", "that", "what".
bool FrameFinder::opens_relative(const Token& token) const {
    return token.is_word() && (relatives_.has(token) || token.lower == "that" || token.lower == "what" || token.lower == "whom");
}

// A preposition right after the verb that ties it to its content ("complained about the
// plan"), not one that opens an adjunct ("said on Monday", "wrote in a statement").
bool FrameFinder::links_content(const std::vector<Token>& tokens, std::size_t at) const {
    if (at + 1 >= tokens.size() || !tokens[at].is_word() || !linking_prepositions_.has(tokens[at]))
        return false;
    const Token& next = tokens[at + 1];
    if (!next.is_word() || in_list(calendar_, next)) return false;
    // "on Twitter", "at a rally", "on Monday": a place or occasion, not the content.
    if ((tokens[at].lower == "on" || tokens[at].lower == "at") && (next.capitalised || next.lower == "a" || next.lower == "an"))
        return false;
    return true;
}

// "was told", "were asked": the subject is the listener, not the source.
bool FrameFinder::passive(const std::vector<Token>& tokens, Range group, std::size_t head) const {
    if (!ends_with(tokens[head].lower, "ed") && !participles_.has(tokens[head])) return false;
    for (std::size_t i = group.first; i < head; ++i) {
        // "she's argued" is "she has argued"; "it's said" is passive.
        const bool has = tokens[i].lower == "'s" && i > 0 && subject_pronouns_.has(tokens[i - 1]) && tokens[i - 1].lower != "it";
        if (be_forms_.has(tokens[i]) && !has) return true;
    }
    return false;
}

// Where the content starts after a verb group: past a listener ("told reporters"), adjuncts
// ("said on Monday", "said in a statement") and the comma or colon that opens it.
// "says this was illegal", "said this plan would fail": "this" opens the content unless a time
// noun follows ("said this week").
bool FrameFinder::demonstrative_content(const std::vector<Token>& tokens, std::size_t at) const {
    if (tokens[at].lower != "this" && tokens[at].lower != "last") return false;
    return at + 1 >= tokens.size() || (!time_nouns_.has(tokens[at + 1]) && !in_list(calendar_, tokens[at + 1]));
}

std::size_t FrameFinder::content_start_after(const std::vector<Token>& tokens, std::size_t at, bool takes_listener) const {
    const std::size_t n = tokens.size();
    if (takes_listener && at < n) at = after_listener(tokens, at);
    // "said on Monday of the deal": adjuncts may follow one another.
    while (at < n && tokens[at].is_word() && adjunct_starts_.has(tokens[at]) && !demonstrative_content(tokens, at)) {
        // "said after the convention he would …": the content starts at the clause's subject.
        while (at < n && tokens[at].is_word() && tokens[at].lower != "that" &&
               !(at > 0 && subject_pronouns_.has(tokens[at]) && tokens[at].lower != "it")) {
            // "said on Monday the bridge was safe": a day ends the adjunct.
            const bool day = in_list(calendar_, tokens[at]);
            ++at;
            if (day) break;
        }
    }
    while (at < n && (tokens[at].kind == TokenKind::Comma || tokens[at].kind == TokenKind::Colon)) ++at;
    return at;
}

// "According to the ministry, …", "…, according to a readout": the phrase after the cue is
// the source; the content is the clause it opens or the one before it.
std::optional<FrameMatch> FrameFinder::match_according_to(const std::vector<Token>& tokens, std::size_t at) const {
    auto source = noun_phrase_after(tokens, at + 2, false);
    if (!source) return std::nullopt;
    // "According to a report published in January, …": opening the sentence, the source runs
    // to the comma that ends the phrase.
    const std::size_t comma = next_comma(tokens, source->last + 1);
    const bool set_off = set_off_before(tokens, at);
    if (set_off) source->last = trailing_phrase_end(tokens, source->last);
    else if (clause_boundary_before(tokens, at) && comma < tokens.size() && comma - at <= 40) source->last = comma - 1;
    return with_cited_source(tokens, Range{at, at + 1}, *source, "according-to");
}

// "…, according to three polls, including one released Thursday.": a source set off by a comma
// keeps the phrases after it that describe it (PolNeAR keeps them): up to the end of the sentence,
// through commas that open an apposition, a relative clause or a participle, and short of any
// other comma (a clause of its own), a semicolon, a colon, a dash or a quotation.
std::size_t FrameFinder::trailing_phrase_end(const std::vector<Token>& tokens, std::size_t last) const {
    std::size_t end = last;
    for (std::size_t i = last + 1; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        if (token.is_word() || token.kind == TokenKind::OpenParen || token.kind == TokenKind::CloseParen) {
            if (token.is_word() || token.kind == TokenKind::CloseParen) end = i;  // "… Industry (BPI)"
            continue;
        }
        if (token.kind == TokenKind::Comma && i + 1 < tokens.size() && describes_before(tokens[i + 1])) continue;
        if (token.kind == TokenKind::End &&
            std::none_of(tokens.begin() + static_cast<std::ptrdiff_t>(i), tokens.end(), [](const Token& t) { return t.is_word(); }))
            return end;
        return token.kind == TokenKind::Comma || token.kind == TokenKind::End ? (i > last + 1 ? i - 1 : last) : last;
    }
    return end;
}

// A word after a comma that starts a phrase about the noun before it: "including …", "who …",
// "a pollster …", "released on Thursday", "conducted by …".
bool FrameFinder::describes_before(const Token& token) const {
    if (!token.is_word() || token.capitalised) return false;
    return token.lower == "including" || relatives_.has(token) || token.lower == "a" || token.lower == "an" ||
           participles_.has(token) || ends_with(token.lower, "ed");
}

// "In a new Fox News poll, 45 percent …", "a growing lead in the latest survey": a poll, study
// or report the figures come from is their source, as with "according to".
std::optional<FrameMatch> FrameFinder::match_evidence_in(const std::vector<Token>& tokens, std::size_t at) const {
    auto source = noun_phrase_after(tokens, at + 1, false);
    if (!source) return std::nullopt;
    // One poll named or dated ("a new Fox News poll", "the latest survey"), not "the polls" or
    // "his assessment": an article, a modifier, then the evidence noun heading the phrase
    // (before any preposition: "a survey from …").
    std::size_t head = source->first;
    while (head < source->last && !connectors_.has(tokens[head + 1])) ++head;
    if (!evidence_nouns_.has(tokens[head]) ||
        (!singular_determiners_.has(tokens[source->first]) && tokens[source->first].lower != "the"))
        return std::nullopt;
    // "In this poll, …", "In the survey, …" opening the sentence refer back to a poll named before.
    const bool opening = at == 0 && head + 1 < tokens.size() && tokens[head + 1].kind == TokenKind::Comma;
    if (head < source->first + 2 && !opening) return std::nullopt;
    return with_cited_source(tokens, Range{at, at}, *source, "evidence-in");
}

bool FrameFinder::opens_subject(const Token& token) const {
    return token.is_word() && !token.capitalised &&
           (subject_pronouns_.has(token) || token.lower == "there" || determiners_.has(token));
}

std::optional<FrameMatch> FrameFinder::with_cited_source(const std::vector<Token>& tokens, Range cue, Range source,
                                                         const char* frame) const {
    FrameMatch match;
    match.form = AttributionForm::AccordingTo;
    match.cue = span_of(tokens, cue.first, cue.last);
    match.source = span_of(tokens, source.first, source.last);
    match.head = frame;
    match.frame = frame;
    std::optional<Span> content;
    if (clause_boundary_before(tokens, cue.first) && !set_off_before(tokens, cue.first)) {
        std::size_t after = source.last + 1;
        if (after < tokens.size() && tokens[after].kind == TokenKind::Comma) content = content_to_end(tokens, after + 1);
        // "According to eBay UK there are …": no comma, but the next clause's subject starts.
        else if (after < tokens.size() && opens_subject(tokens[after])) content = content_to_end(tokens, after);
    } else if (cue.first > 0) {
        content = content_before(tokens, cue.first - 1);
    }
    if (!content) return std::nullopt;
    match.content.push_back(*content);
    return match;
}

// "Barclays, which owns the Woolwich, forecast an 8% fall": after a subject's apposition or
// relative clause closes with a comma, a noun-or-verb form is the verb.
bool FrameFinder::after_apposition(const std::vector<Token>& tokens, std::size_t head) const {
    if (head < 2 || tokens[head - 1].kind != TokenKind::Comma) return false;
    if (head + 1 < tokens.size() && (!tokens[head + 1].is_word() || be_forms_.has(tokens[head + 1]) ||
                                     finite_auxiliaries_.has(tokens[head + 1]) || verbs_.has(tokens[head + 1])))
        return false;
    const auto subject = subject_with_apposition(tokens, head - 1);
    return subject && subject->first + 1 < head - 1;
}

// "…, state media report.": a noun-or-verb form that ends the sentence a few words after a
// comma is the verb of a trailing attribution.
bool FrameFinder::closes_trailing_attribution(const std::vector<Token>& tokens, std::size_t head) const {
    if (head + 1 < tokens.size() && tokens[head + 1].kind != TokenKind::End) return false;
    for (std::size_t back = 1; back <= 4 && back <= head; ++back) {
        const Token& token = tokens[head - back];
        if (token.kind == TokenKind::Comma) return back >= 2;
        if (!token.is_word()) return false;
    }
    return false;
}

// "The Tax Policy Center estimates that …", "its submission, which states that …": a
// noun-or-verb form is the verb when "that" follows and a name, a plural or a relative pronoun
// leads up to it ("the estimates that were released" is a noun).
bool FrameFinder::verb_before_that(const std::vector<Token>& tokens, std::size_t head) const {
    if (head == 0 || head + 1 >= tokens.size() || tokens[head + 1].lower != "that") return false;
    const Token& before = tokens[head - 1];
    if (relatives_.has(before) || finding_nouns_.has(before)) return true;
    // "A court ruled that …": after a noun that is no modifier.
    return before.is_word() && !determiners_.has(before) && !ends_with(before.lower, "ing") &&
           (before.capitalised || plural_subject(before) || np_word(before));
}

std::optional<FrameMatch> FrameFinder::match_cue(std::string_view text, const std::vector<Token>& tokens, std::size_t head,
                                                 bool headline, const std::vector<FrameMatch>& earlier) const {
    const Token& word = tokens[head];
    if (!word.is_word() || word.in_quote) return std::nullopt;
    const bool particle_head = particle_words(tokens, head, head) > 0;
    if (!particle_head && !verbs_.has(word) && !catenated_verb(tokens, head)) return std::nullopt;
    // `Said Comey, "…"`: an inverted cue may open the sentence.
    if (word.capitalised && !headline) return head == 0 ? match_opening_inverted(tokens) : std::nullopt;
    const Range group = verb_group(tokens, head);
    if (passive(tokens, group, head)) return match_passive_agent(tokens, group, word.lower);
    // "sanctions announced by Washington": a participle with its agent describes a noun.
    if (group.first == head && group.last + 1 < tokens.size() && tokens[group.last + 1].lower == "by" &&
        (ends_with(word.lower, "ed") || participles_.has(word)))
        return std::nullopt;
    if (group.first == head && followed_by_finite_verb(tokens, group)) return std::nullopt;
    if (group.first == head && group.last == head && ambiguous_.has(word) && !verb_before_that(tokens, head) &&
        !after_apposition(tokens, head) && !closes_trailing_attribution(tokens, head))
        return std::nullopt;
    if (group.first == head && plural_before_reporting_verb(tokens, head)) return std::nullopt;
    FrameMatch match;
    match.cue = span_of(tokens, group.first, group.last);
    match.head = word.lower;
    const bool participle = ends_with(word.lower, "ing") && group.first == head;
    // "who on Tuesday endorsed", "Trump, who …, on Friday described": a time between the
    // subject and its verb is skipped; `front` is where the verb group's clause goes on leftwards.
    const std::size_t front = after_time_adjunct(tokens, group.first);
    const Token* before = front > 0 ? &tokens[front - 1] : nullptr;
    const std::size_t after = group.last + 1;
    const bool takes_listener = tell_.has(word);

    // "…, who said", "a statement that described": the relative pronoun is the source (PolNeAR
    // does not resolve it); the noun phrase it stands for is kept for source resolution.
    // Only a non-restrictive clause (", who said") attributes; "officials who spoke" describes.
    const bool relative = before && before->is_word() && !participle && front >= 2 &&
                          (relatives_.has(*before) ||
                           (before->lower == "that" && np_word(tokens[front - 2])));
    if (relative) {
        match.source = before->span;
        match.antecedent = antecedent_of(tokens, front - 1);
        match.frame = "relative";
        // ", which said the dam was safe, ordered …": the clause ends at the comma that closes it.
        const bool parenthetical = front >= 2 && tokens[front - 2].kind == TokenKind::Comma;
        const std::size_t start = content_start_after(tokens, after, takes_listener);
        auto content = content_to_end(tokens, start, parenthetical ? next_comma(tokens, start) : tokens.size());
        if (!content) return std::nullopt;
        match.content.push_back(*content);
        return match;
    }
    // ", saying …", "… and said …": the cue shares the subject of the clause it continues.
    // "… but on Tuesday wrote …": a day between the conjunction and the verb is skipped.
    std::size_t conjunction = group.first;
    if (conjunction >= 2 && in_list(calendar_, tokens[conjunction - 1])) {
        conjunction -= 1;
        if (conjunction >= 2 && (tokens[conjunction - 1].lower == "on" || tokens[conjunction - 1].lower == "last")) conjunction -= 1;
    }
    const Token* joiner = conjunction > 0 ? &tokens[conjunction - 1] : nullptr;
    const bool coordinated = joiner && joiner->is_word() && (joiner->lower == "and" || joiner->lower == "but");
    // After "and" only a finite verb continues the clause ("and said"); "federal and state
    // officials" is a noun phrase.
    const bool finite = ends_with(word.lower, "ed") || ends_with(word.lower, "s") || participles_.has(word) ||
                        group.first < head;
    // ", speaking to reporters, …" says where, not what.
    if (participle && circumstances_.has(word) && after < tokens.size() && tokens[after].is_word() &&
        (connectors_.has(tokens[after]) || adjunct_starts_.has(tokens[after])))
        return std::nullopt;
    // (`… of "New York values," saying …`: a quotation closing on its own comma sets it off too.)
    const bool comma_before = set_off_before(tokens, front);
    if ((participle && comma_before) || (coordinated && !participle && finite))
        return with_shared_subject(std::move(match), tokens, group, earlier, participle ? "participle" : "coordinated");
    if (participle && before) return match_bare_participle(tokens, group, earlier, std::move(match));
    if (!before) return std::nullopt;
    // `"…," said the minister`, `…, says South Korea`. After a plain comma, a subject with an
    // apposition ("Brian Burton, AKA Danger Mouse, wrote") is the likelier reading.
    const bool apposed_subject = before->kind == TokenKind::Comma && subject_with_apposition(tokens, group.first - 1);
    // `"…," McCain said, asked about the delay`: "asked about" is a question put to him.
    const bool preposition = group.last > head && linking_prepositions_.has(tokens[group.last]);
    if (inverted_.has(word) && sets_off(*before) && !apposed_subject && !preposition) {
        if (auto source = noun_phrase_after(tokens, after, true)) {
            const std::size_t next = source->last + 1;
            // After a closing quotation the inverted order is certain; after a plain comma the
            // phrase must end the clause (", said the minister." / ", said Ana Ruiz, who …").
            const bool closes = before->kind == TokenKind::QuoteClose || next >= tokens.size() ||
                                !tokens[next].is_word() || relatives_.has(tokens[next]) ||
                                openers_.has(tokens[next]) || adjunct_starts_.has(tokens[next]);
            auto content = content_before(tokens, group.first - 1);
            if (closes && content) {
                match.source = span_of(tokens, source->first, source->last);
                match.content.push_back(*content);
                if (next < tokens.size() && tokens[next].kind == TokenKind::Comma)
                    if (auto rest = content_to_end(tokens, next + 1)) match.content.push_back(*rest);
                match.frame = "inverted";
                return match;
            }
        }
    }
    // The subject before the verb group, with an apposition set off by commas or brackets.
    std::size_t end = front - 1;
    // "Her campaign workers here said", "the officials themselves said".
    if (end > 0 && tokens[end].is_word() && subject_trailers_.has(tokens[end])) --end;
    std::optional<Range> subject;
    if (tokens[end].kind == TokenKind::Comma || tokens[end].kind == TokenKind::CloseParen ||
        tokens[end].kind == TokenKind::Dash) {
        subject = subject_with_apposition(tokens, end);
    } else {
        subject = bounded_subject(tokens, end);
        if (subject) subject = with_unclosed_apposition(tokens, *subject);
    }
    // "… raised money since 2015 shows …": a year or a number does not show anything.
    if (evidence_verbs_.has(word) && (!subject || only_numbers(tokens, *subject)))
        subject = findings_subject(tokens, end);
    // "Trump's remarks", "the senator's plans": after a possessive the cue word is a noun.
    if (!subject || is_possessive(tokens[subject->last].span.in(text))) return std::nullopt;
    // "… that he had seen support": after a verb form the cue word is that verb's object.
    const Token& last = tokens[subject->last];
    // ("George Will wrote", "May said": a capitalised auxiliary before a past tense is a name.)
    const bool named = last.capitalised && (ends_with(word.lower, "ed") || participles_.has(word));
    if (participles_.has(last) || be_forms_.has(last) || (finite_auxiliaries_.has(last) && !named))
        return std::nullopt;
    // "a familiar voice": a bare verb form needs a plural subject, so after "a" it is a noun.
    const bool bare = !ends_with(word.lower, "s") && !ends_with(word.lower, "ed") && !participles_.has(word);
    // "A number of lawmakers say", "leaked documents from his tax return show": the phrase's head
    // noun, before its first preposition, decides.
    const bool counted = group_of(tokens, *subject);
    if (bare && group.first == head && singular_determiners_.has(tokens[subject->first]) && !counted)
        return std::nullopt;
    // "… and establishment support.": nor after a singular noun ("officials say", "police say",
    // "they say" are plural).
    if (bare && group.first == head && !counted && !plural_subject(tokens[phrase_head(tokens, *subject)]) &&
        !catenated_verb(tokens, head))
        return std::nullopt;
    // "Some protest leaders said": after a lone quantifier, a bare form followed by a plural noun
    // and a reporting verb modifies that noun.
    if (bare && group.first == head && subject->first == subject->last && pronominal_.has(tokens[subject->first]) &&
        after + 1 < tokens.size() && np_word(tokens[after]) && plural_subject(tokens[after]) && !tokens[after].capitalised &&
        verbs_.has(tokens[after + 1]) && finite_by_form(tokens[after + 1]))
        return std::nullopt;
    match.source = span_of(tokens, subject->first, subject->last);
    match.frame = "subject";
    const std::size_t start = content_start_after(tokens, after, takes_listener);
    auto right = content_to_end(tokens, start);
    std::optional<Span> left;
    if (subject->first > 0 && sets_off(tokens[subject->first - 1])) left = content_before(tokens, subject->first - 1);
    const bool split = after < tokens.size() && tokens[after].kind == TokenKind::Comma;
    if (left && (!right || split)) match.content.push_back(*left);
    if (right) match.content.push_back(*right);
    // "The Times reports:" closing its paragraph: what it reports is the next paragraph.
    if (match.content.empty() && tokens[group.last].kind == TokenKind::Colon && after >= tokens.size())
        match.text_after = true;
    // `"Why now?" Priebus said.`: the sentence broke after the quotation; the caller looks for
    // it at the end of the sentence before.
    else if (match.content.empty() && subject->first == 0) match.quote_before = true;
    if (match.content.empty() && !match.quote_before && !match.text_after) return std::nullopt;
    return match;
}

// `Said Comey, "The thought …"`: the source follows the opening cue and the content follows a
// comma or colon after it.
std::optional<FrameMatch> FrameFinder::match_opening_inverted(const std::vector<Token>& tokens) const {
    if (!inverted_.has(tokens[0])) return std::nullopt;
    auto source = noun_phrase_after(tokens, 1, false);
    if (!source || !tokens[source->first].capitalised) return std::nullopt;
    const std::size_t mark = source->last + 1;
    if (mark >= tokens.size() || (tokens[mark].kind != TokenKind::Comma && tokens[mark].kind != TokenKind::Colon))
        return std::nullopt;
    auto content = content_to_end(tokens, mark + 1);
    if (!content) return std::nullopt;
    FrameMatch match;
    match.cue = tokens[0].span;
    match.source = span_of(tokens, source->first, source->last);
    match.content.push_back(*content);
    match.head = tokens[0].lower;
    match.frame = "inverted";
    return match;
}

// A word that can end a plural subject: a plural in -s, a plural pronoun, a quantifier, a
// number or a noun the pack lists as plural ("people", "police").
std::size_t FrameFinder::phrase_head(const std::vector<Token>& tokens, Range phrase) const {
    // The head ends where what describes it begins: a preposition ("the head of …"), a relative
    // clause ("supporters who have heard …"), a participle ("Democrats trying to …", "those
    // surveyed") or an adjective that takes a complement ("sources privy to the talks").
    for (std::size_t at = phrase.first; at < phrase.last; ++at) {
        const Token& next = tokens[at + 1];
        // "Fields, along with …, say": a closed apposition describes the head before it.
        if (tokens[at].is_word() && next.kind == TokenKind::Comma && tokens[phrase.last].kind == TokenKind::Comma) return at;
        if (!tokens[at].is_word() || !next.is_word() || next.capitalised) continue;
        // ("nine out of 10": "out of" is one preposition.)
        const bool out_of = next.lower == "out" && at + 2 <= phrase.last && tokens[at + 2].lower == "of";
        if (connectors_.has(next) || out_of || relatives_.has(next) || next.lower == "that" || postmodifiers_.has(next) ||
            (verb_like(next) && ends_with(next.lower, "ing") && !(at == phrase.first && determiners_.has(tokens[at]))) ||
            (ends_with(next.lower, "ed") && (tokens[at].lower == "those" || tokens[at].lower == "these")))
            return at;
    }
    return phrase.last;
}

// "a majority of voters", "a handful of senators": a group counted out of a plural.
bool FrameFinder::group_of(const std::vector<Token>& tokens, Range phrase) const {
    const std::size_t head = phrase_head(tokens, phrase);
    return head < phrase.last && group_nouns_.has(tokens[head]) && tokens[head + 1].lower == "of";
}

bool FrameFinder::plural_subject(const Token& last) const {
    if (!last.is_word()) return false;
    if (ends_with(last.lower, "s") || ends_with(last.lower, "s'") || subject_pronouns_.has(last) || quantifier(last)) return true;
    return plural_nouns_.has(last) || last.capitalised;  // "Democrats and Republicans", a name list
}

void FrameFinder::prepare(std::string_view text, std::vector<Token>& tokens) const {
    std::vector<Token> split;
    split.reserve(tokens.size() + 4);
    for (Token& token : tokens) {
        const std::size_t mark = token.is_word() ? token.lower.rfind('\'') : std::string::npos;
        if (mark == std::string::npos || mark == 0 || !contractions_.contains(token.lower.substr(mark))) {
            split.push_back(std::move(token));
            continue;
        }
        const std::string base = token.lower.substr(0, mark);
        if (!subject_pronouns_.contains(base) && !relatives_.contains(base) && base != "that") {
            split.push_back(std::move(token));
            continue;
        }
        // The apostrophe in the text may be curly (three bytes) where `lower` has a straight one.
        const std::string_view word = token.span.in(text);
        const std::size_t at = token.span.start + std::min(word.rfind('\''), word.rfind("\xE2\x80\x99"));
        Token suffix = token;
        suffix.span = Span{at, token.span.end};
        suffix.lower = token.lower.substr(mark);
        suffix.capitalised = false;
        token.span.end = at;
        token.lower = base;
        split.push_back(std::move(token));
        split.push_back(std::move(suffix));
    }
    tokens = std::move(split);
    vocab_.tag(tokens);
}

// The start of a time adjunct ("on Tuesday", "last week", "Friday") that ends just before
// token `first`, when a relative pronoun, a comma or a pronoun comes before it; else `first`.
std::size_t FrameFinder::after_time_adjunct(const std::vector<Token>& tokens, std::size_t first) const {
    if (first < 2 || !in_list(calendar_, tokens[first - 1]) || !tokens[first - 1].capitalised) return first;
    std::size_t start = first - 1;
    if (start >= 2 && time_leads_.has(tokens[start - 1])) --start;
    const Token& previous = tokens[start - 1];
    // ... or a name, or a bracket after one: "Bernie Sanders (I-Vt.) on Saturday criticized".
    const bool opens = previous.kind == TokenKind::Comma || relatives_.has(previous) || subject_pronouns_.has(previous) ||
                       previous.kind == TokenKind::CloseParen || name_word(previous);
    return opens ? start : first;
}

// A noun cue with its owner: "In her view, …", "Her advice: "…"", "his claim that …",
// "Trump's criticism of the plan". The owner (a possessive) is the source.
std::optional<FrameMatch> FrameFinder::match_noun(std::string_view text, const std::vector<Token>& tokens,
                                                  std::size_t noun) const {
    // The owner: a possessive right before the noun or before one modifier ("his harsh criticism").
    std::optional<std::size_t> owner;
    for (std::size_t back = 1; back <= 2 && back <= noun && !owner; ++back) {
        const Token& word = tokens[noun - back];
        if (!word.is_word()) break;
        if (possessives_.has(word) || is_possessive(word.span.in(text))) owner = noun - back;
        else if (!np_word(word) || word.capitalised) break;
    }
    if (!owner) return match_named_finding(tokens, noun);
    if (!nouns_.has(tokens[noun])) return std::nullopt;
    Span source = tokens[*owner].span;
    if (!possessives_.has(tokens[*owner]))
        if (auto phrase = subject_before(tokens, *owner)) source = span_of(tokens, phrase->first, *owner);
    FrameMatch match;
    match.source = source;
    match.head = tokens[noun].lower;
    match.frame = "noun";
    std::size_t cue_end = noun;
    std::optional<Span> content;
    const std::size_t next = noun + 1;
    const bool opens_sentence = *owner >= 1 && tokens[*owner - 1].lower == "in" &&
                                (*owner == 1 || !tokens[*owner - 2].is_word());
    if (opens_sentence && next < tokens.size() && tokens[next].kind == TokenKind::Comma &&
        viewpoints_.has(tokens[noun])) {
        content = content_to_end(tokens, next + 1);                     // "In her view, …"
    } else if (next < tokens.size() && tokens[next].kind == TokenKind::Colon) {
        cue_end = next;                                                   // "Her advice: …"
        content = content_to_end(tokens, next + 1);
    } else if (next < tokens.size() && tokens[next].lower == "that") {
        content = content_to_end(tokens, next);                           // "his claim that …"
    }
    if (!content) return std::nullopt;
    match.cue = span_of(tokens, noun, cue_end);
    match.content.push_back(*content);
    return match;
}

// "a New York Times report that …", "a Gallup poll that …": the name before a report's noun is
// its source. After a relative "that" ("a Gallup poll that found …") the verb's own frame reads it.
std::optional<FrameMatch> FrameFinder::match_named_finding(const std::vector<Token>& tokens, std::size_t noun) const {
    if (!evidence_nouns_.has(tokens[noun])) return std::nullopt;
    const std::size_t next = that_after_adjunct(tokens, noun + 1);
    if (next + 1 >= tokens.size() || tokens[next].lower != "that") return std::nullopt;
    const Token& after_that = tokens[next + 1];
    if (!after_that.is_word() || verbs_.has(after_that) || be_forms_.has(after_that) ||
        finite_auxiliaries_.has(after_that))
        return std::nullopt;
    std::size_t first = noun;
    while (first > 0 && tokens[first - 1].is_word() && tokens[first - 1].capitalised) --first;
    if (first == noun || first == 0 || !determiners_.has(tokens[first - 1])) return std::nullopt;
    auto content = content_to_end(tokens, next);
    if (!content) return std::nullopt;
    FrameMatch match;
    match.source = span_of(tokens, first - 1, noun - 1);
    match.cue = tokens[noun].span;
    match.head = tokens[noun].lower;
    match.frame = "noun";
    match.content.push_back(*content);
    return match;
}

// The "that" at `at`, or after a short adjunct of time or origin there ("a report from over the
// weekend that …", "a poll last week that …"); `at` when there is none.
std::size_t FrameFinder::that_after_adjunct(const std::vector<Token>& tokens, std::size_t at) const {
    const std::size_t max_words = 5;
    if (at >= tokens.size() || !tokens[at].is_word() || !(adjunct_starts_.has(tokens[at]) || time_leads_.has(tokens[at])))
        return at;
    for (std::size_t i = at + 1; i < tokens.size() && i <= at + max_words; ++i) {
        const Token& word = tokens[i];
        if (!word.is_word() || verbs_.has(word) || be_forms_.has(word) || finite_auxiliaries_.has(word)) return at;
        if (word.lower == "that") return i;
    }
    return at;
}

// `Pence: "We will win."`, `PENCE: Well, …`: a name and a colon introduce what follows. The
// name must open the sentence and be capitalised, or a quotation must follow the colon.
std::optional<FrameMatch> FrameFinder::match_colon(const std::vector<Token>& tokens, std::size_t colon) const {
    if (colon == 0 || colon + 1 >= tokens.size()) return std::nullopt;
    auto name = subject_before(tokens, colon - 1);
    if (!name || !clause_boundary_before(tokens, name->first)) return std::nullopt;
    const bool quoted = tokens[colon + 1].kind == TokenKind::QuoteOpen;
    bool label = name->first == 0;
    for (std::size_t i = name->first; i <= name->last && label; ++i) label = tokens[i].capitalised;
    if (!quoted && !label) return std::nullopt;
    // "Editor's note:", "UPDATE:", "Q:": a heading, not a speaker.
    if (not_speakers_.contains(std::string(tokens[name->last].lower)) || name->last - name->first > 3) return std::nullopt;
    auto content = content_to_end(tokens, colon + 1);
    if (!content) return std::nullopt;
    FrameMatch match;
    match.cue = tokens[colon].span;
    match.source = span_of(tokens, name->first, name->last);
    match.content.push_back(*content);
    match.head = ":";
    match.frame = "colon";
    return match;
}

// `"…" ― Veronica Cruz`: a dash and a name after a quotation sign it. When the quotation is in
// the sentence before, the caller finds it.
std::optional<FrameMatch> FrameFinder::match_dash(const std::vector<Token>& tokens, std::size_t dash) const {
    const bool after_quote = dash > 0 && tokens[dash - 1].kind == TokenKind::QuoteClose;
    if (!after_quote && dash != 0) return std::nullopt;
    auto name = noun_phrase_after(tokens, dash + 1, true);
    if (!name || !tokens[name->first].capitalised) return std::nullopt;
    if (name->last + 1 < tokens.size() && tokens[name->last + 1].kind != TokenKind::End) return std::nullopt;
    FrameMatch match;
    match.cue = tokens[dash].span;
    match.source = span_of(tokens, name->first, name->last);
    match.head = "—";
    match.frame = "dash";
    if (after_quote) {
        auto content = content_before(tokens, dash - 1);
        if (!content) return std::nullopt;
        match.content.push_back(*content);
    } else {
        match.quote_before = true;
    }
    return match;
}

// A cue that shares the subject of the clause it continues: the source of the sentence's
// previous attribution, else the sentence's first noun phrase; the content follows the cue.
std::optional<FrameMatch> FrameFinder::with_shared_subject(FrameMatch match, const std::vector<Token>& tokens, Range group,
                                                           const std::vector<FrameMatch>& earlier, const char* frame) const {
    std::optional<Span> source;
    for (auto it = earlier.rbegin(); it != earlier.rend() && !source; ++it) source = it->source;
    if (!source)
        if (auto subject = leading_subject(tokens); subject && subject->last < group.first)
            source = span_of(tokens, subject->first, subject->last);
    const bool takes_listener = tell_.has(tokens[group.first]) || tell_.contains(match.head);
    auto content = content_to_end(tokens, content_start_after(tokens, group.last + 1, takes_listener));
    if (!source || !content) return std::nullopt;
    match.source = source;
    match.content.push_back(*content);
    match.frame = frame;
    return match;
}

// A participle not set off by a comma shares the clause's subject after a preposition ("by
// saying", "while denouncing"). (Right after a noun phrase, "polls showing a tight race", it
// is more often a description than an attribution.)
std::optional<FrameMatch> FrameFinder::match_bare_participle(const std::vector<Token>& tokens, Range group,
                                                            const std::vector<FrameMatch>& earlier, FrameMatch match) const {
    const Token& before = tokens[group.first - 1];
    if (!before.is_word()) return std::nullopt;
    if (participle_prepositions_.has(before)) return with_shared_subject(std::move(match), tokens, group, earlier, "participle");
    return match_with_participle(tokens, group, std::move(match));
}

// "…, with analysts saying the deficit could grow": "with" and a noun phrase give the participle
// its own subject, which is the source.
std::optional<FrameMatch> FrameFinder::match_with_participle(const std::vector<Token>& tokens, Range group,
                                                            FrameMatch match) const {
    auto subject = subject_before(tokens, group.first - 1);
    if (!subject || subject->first == 0 || tokens[subject->first - 1].lower != "with") return std::nullopt;
    auto content = content_to_end(tokens, content_start_after(tokens, group.last + 1, tell_.has(tokens[group.last])));
    if (!content) return std::nullopt;
    match.source = span_of(tokens, subject->first, subject->last);
    match.content.push_back(*content);
    match.frame = "with-participle";
    return match;
}

// "Noting that he studied philosophy, Allen said …": a participle that opens the sentence shares
// the subject of the main clause; its content runs to the comma before that subject.
std::optional<FrameMatch> FrameFinder::match_opening_participle(const std::vector<Token>& tokens,
                                                                const std::vector<FrameMatch>& later) const {
    if (tokens.size() < 4 || !tokens[0].is_word() || !tokens[0].capitalised || !ends_with(tokens[0].lower, "ing") ||
        !verbs_.has(tokens[0]) || circumstances_.has(tokens[0]))
        return std::nullopt;
    for (const FrameMatch& main : later) {
        if (main.frame != "subject" || !main.source) continue;
        const std::size_t subject = token_at(tokens, main.source->start);
        if (subject < 3 || tokens[subject - 1].kind != TokenKind::Comma) return std::nullopt;
        const Range group = verb_group(tokens, 0);
        auto content = content_before(tokens, subject - 1);
        if (!content || group.last + 1 >= subject - 1) return std::nullopt;
        FrameMatch match;
        match.cue = span_of(tokens, group.first, group.last);
        match.source = main.source;
        match.content.push_back(Span{tokens[group.last + 1].span.start, content->end});
        match.head = tokens[0].lower;
        match.frame = "opening-participle";
        return match;
    }
    return std::nullopt;
}

// "The plan was condemned by the mayor": the agent after "by" is the source and the subject
// is what was said of.
std::optional<FrameMatch> FrameFinder::match_passive_agent(const std::vector<Token>& tokens, Range group,
                                                           const std::string& head) const {
    const std::size_t by = group.last + 1;
    if (group.first == 0 || by + 1 >= tokens.size() || tokens[by].lower != "by") return std::nullopt;
    auto agent = noun_phrase_after(tokens, by + 1, false);
    // "The Mac mini, sold for $499, was described by Jobs as …": a subject with an apposition.
    const std::size_t end = group.first - 1;
    auto subject = tokens[end].kind == TokenKind::Comma ? subject_with_apposition(tokens, end) : bounded_subject(tokens, end);
    if (!agent || !subject) return std::nullopt;
    FrameMatch match;
    match.cue = span_of(tokens, group.first, group.last);
    match.source = span_of(tokens, agent->first, agent->last);
    match.content.push_back(span_of(tokens, subject->first, subject->last));
    match.head = head;
    match.frame = "passive-agent";
    return match;
}

// Whether the words of an attribution that start at token `from` open a clause of their own
// ("…, and Ruiz said", "…; Lee says", "…, while Ruiz says", "Back then, Mr. Lee said",
// `… "night ferry," saying`) rather
// than report speech inside the content before them ("officials said Lee told them …").
bool FrameFinder::opens_own_clause(const std::vector<Token>& tokens, std::size_t from) const {
    if (from == 0) return false;
    const Token& before = tokens[from - 1];
    if (before.kind == TokenKind::Semicolon || set_off_before(tokens, from)) return true;
    return before.is_word() && conjunctions_.has(before);
}

// Ends the content of `earlier` where the clause at token `from` begins (before its conjunction
// and the comma in front of that).
void FrameFinder::end_content_before(const std::vector<Token>& tokens, std::size_t from, FrameMatch& earlier) const {
    std::size_t cut_at = from - 1;
    if (tokens[cut_at].is_word() && cut_at >= 1 && tokens[cut_at - 1].kind == TokenKind::Comma) --cut_at;
    // `… the "night ferry," saying …`: the quotation, closing mark and all, stays in the content.
    const std::size_t cut =
        tokens[cut_at].kind == TokenKind::QuoteClose ? tokens[cut_at].span.end : tokens[cut_at].span.start;
    for (Span& piece : earlier.content)
        if (piece.contains(cut)) piece.end = cut;
}

// Ends the content of `earlier` before the token that starts at `offset`, if its content runs on
// over it.
void FrameFinder::end_content_at(const std::vector<Token>& tokens, std::size_t offset, FrameMatch& earlier) const {
    const std::size_t at = token_at(tokens, offset);
    if (at == 0 || at >= tokens.size()) return;
    const std::size_t cut = tokens[at - 1].span.end;
    for (Span& piece : earlier.content)
        if (piece.start < cut && piece.contains(offset)) piece.end = cut;
}

// Only the outermost attribution is kept ("Officials said Smith told them …" is the officials'),
// except that coordinated clauses ("X said …, and Y said …") each keep their own, the first
// one's content ending where the second begins.
void FrameFinder::drop_nested(const std::vector<Token>& tokens, std::vector<FrameMatch>& matches) const {
    std::vector<bool> dropped(matches.size(), false);
    auto holds = [](const FrameMatch& outer, const Span& span) {
        return std::any_of(outer.content.begin(), outer.content.end(), [&](const Span& piece) { return piece.contains(span); });
    };
    for (std::size_t i = 0; i < matches.size(); ++i) {
        for (std::size_t j = i + 1; j < matches.size(); ++j) {
            if (dropped[i] || dropped[j]) continue;
            // "Lawmakers, who are close to industries that oppose the rule, have vowed …": a cue
            // inside the next one's source keeps its own attribution, and so does the next; a
            // participle there ("Sanders, celebrating a victory, is pledging …") only describes.
            if (matches[j].source && matches[j].source->contains(matches[i].cue)) {
                // ... and neither does a poll that names where the subject was counted ("78
                // percent of voters in a recent CBS poll said").
                if (matches[i].frame == "participle" || matches[i].frame == "evidence-in") dropped[i] = true;
                // "Supporters who have heard from the campaign say …": the clause inside the
                // subject ends where the subject's own verb begins.
                else if (matches[i].frame == "relative") end_content_at(tokens, matches[j].cue.start, matches[i]);
                continue;
            }
            // `"…," said Tom Rath, a party veteran who had endorsed Kasich`: a clause inside the
            // source after the cue describes the speaker.
            if (matches[i].source && matches[i].source->contains(matches[j].cue)) {
                dropped[j] = true;
                continue;
            }
            if (holds(matches[j], matches[i].cue)) {
                // "'…,' he told advisers, according to Uzi Arad": the statement is relayed.
                if (matches[j].form == AttributionForm::AccordingTo) continue;
                // "According to AZCentral, one sign read, '…'": the source opening the sentence
                // relays the clause after it, and is no part of that clause's content.
                if (matches[i].form == AttributionForm::AccordingTo && matches[i].cue.start < matches[j].cue.start) {
                    auto& content = matches[j].content;
                    content.erase(std::remove_if(content.begin(), content.end(),
                                                 [&](const Span& piece) { return piece.contains(matches[i].cue); }),
                                  content.end());
                    continue;
                }
                dropped[i] = true;
                continue;
            }
            if (!holds(matches[i], matches[j].cue)) continue;
            // "According to the ministry, the minister said …": the minister's words relayed.
            if (matches[i].form == AttributionForm::AccordingTo) continue;
            const bool shares_subject = matches[j].frame == "coordinated" || matches[j].frame == "participle";
            const std::size_t from = token_at(tokens, matches[j].source && !shares_subject ? matches[j].source->start
                                                                                         : matches[j].cue.start);
            if (opens_own_clause(tokens, from)) end_content_before(tokens, from, matches[i]);
            else dropped[j] = true;
        }
    }
    std::vector<FrameMatch> kept;
    for (std::size_t i = 0; i < matches.size(); ++i)
        if (!dropped[i]) kept.push_back(std::move(matches[i]));
    matches = std::move(kept);
}

std::vector<FrameMatch> FrameFinder::find(std::string_view text, const std::vector<Token>& tokens, bool headline) const {
    std::vector<FrameMatch> matches;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!matches.empty() && matches.back().cue.end > tokens[i].span.start) continue;
        std::optional<FrameMatch> match;
        if (tokens[i].lower == "according" && i + 1 < tokens.size() && tokens[i + 1].lower == "to" && !tokens[i].in_quote)
            match = match_according_to(tokens, i);
        else if (tokens[i].lower == "in" && !tokens[i].in_quote && (match = match_evidence_in(tokens, i)))
            ;
        else if (tokens[i].is_word() && !tokens[i].in_quote && (nouns_.has(tokens[i]) || evidence_nouns_.has(tokens[i])) &&
                 !tokens[i].capitalised && (match = match_noun(text, tokens, i)))
            ;
        else if (tokens[i].kind == TokenKind::Colon && !tokens[i].in_quote)
            match = match_colon(tokens, i);
        else if (tokens[i].kind == TokenKind::Dash && !tokens[i].in_quote)
            match = match_dash(tokens, i);
        else
            match = match_cue(text, tokens, i, headline, matches);
        if (match) matches.push_back(std::move(*match));
    }
    if (auto opening = match_opening_participle(tokens, matches)) matches.insert(matches.begin(), std::move(*opening));
    drop_nested(tokens, matches);
    return matches;
}

}  // namespace claimcheck
