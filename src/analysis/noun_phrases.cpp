// The noun-phrase side of the cue frames: where a source's phrase starts and ends, read over the
// words of one sentence (subjects before a verb, with their appositions and relative clauses;
// phrases after an inverted verb; listeners after "told").
#include "analysis/frames.hpp"
#include "analysis/frame_spans.hpp"

#include <algorithm>
#include <cctype>

namespace claimcheck {

using namespace frame_spans;

// A lexicon may list a word as it opens a sentence or names a day ("But", "Monday"), which
// matches only with its capital, or in lower case, which matches any case.
bool FrameFinder::in_list(const TaggedWords& list, const Token& token) { return token.is_word() && list.has_any_case(token); }

bool FrameFinder::strip_word(const Token& token) const { return in_list(strip_, token); }

bool FrameFinder::group_word(const Token& token) const {
    if (!token.is_word() || token.capitalised) return false;
    if (group_words_.has(token)) return true;
    return ends_with(token.lower, "ly") && !not_adverbs_.has(token);
}

// A word that can stand in a subject noun phrase: not a function word, not an adverb, not a
// reporting verb in the past tense ("claimed").
bool FrameFinder::np_word(const Token& token) const {
    if (!token.is_word()) return false;
    if (token.capitalised) return !strip_word(token);
    if (breakers_.has(token) || group_word(token)) return false;
    return !(verbs_.has(token) && (ends_with(token.lower, "ed") || participles_.has(token)));
}

// A lower-case word in -ed or -ing: in a subject it is a modifier at most ("unnamed sources"),
// never the head, and before it a noun phrase has usually ended ("Sharpton began taking calls").
bool FrameFinder::verb_like(const Token& token) const {
    return token.is_word() && !token.capitalised && (ends_with(token.lower, "ed") || ends_with(token.lower, "ing")) &&
           !not_verbs_.has(token);
}

// The subject before a verb group that starts a clause; when the phrase read leftwards runs
// into the clause before ("He left and Smith said"), the shortest clause-initial tail of it.
std::optional<FrameFinder::Range> FrameFinder::bounded_subject(const std::vector<Token>& tokens, std::size_t end) const {
    auto subject = subject_before(tokens, end);
    // "In a letter to his chairman he wrote": after an opening prepositional phrase with no comma,
    // "he", "she", "they" start the clause ("it" and "you" may be objects).
    if (subject && subject->first == end && subject_pronouns_.has(tokens[end]) && tokens[end].lower != "it" &&
        tokens[end].lower != "you" && after_opening_phrase(tokens, end))
        return subject;
    if (subject)
        for (std::size_t first = subject->first; first <= end; ++first)
            if ((clause_boundary_before(tokens, first) || capital_article_after_word(tokens, first)) &&
                (first == subject->first || np_word(tokens[first])))
                return Range{first, end};
    if (auto relative = subject_with_relative(tokens, end)) return relative;
    if (auto described = subject_with_participle(tokens, end)) return described;
    return trailing_name(tokens, end);
}

// "Democrats trying to regain the Senate say …": a plural subject with an -ing participle
// phrase, found by the participle within a few words before the bare verb.
std::optional<FrameFinder::Range> FrameFinder::subject_with_participle(const std::vector<Token>& tokens,
                                                                       std::size_t end) const {
    const std::size_t max_phrase = 10;
    // Only before a bare verb, which agrees with the plural head ("… say", "… believe"), or a
    // reporting verb in the past after a common noun ("Another source speaking to Fox News said").
    // (Before an apposition's comma the verb comes later: "One pastor supporting Mr. Cruz, Darran
    // Whiting, said".)
    if (end + 1 >= tokens.size() || !np_word(tokens[end]) || determiners_.has(tokens[end]) || connectors_.has(tokens[end]))
        return std::nullopt;  // the phrase ends in a noun
    const Token& verb = tokens[end + 1];
    const bool apposed = verb.kind == TokenKind::Comma;
    if (!apposed && (!verb.is_word() || verb.capitalised)) return std::nullopt;
    const bool bare = !apposed && !ends_with(verb.lower, "s") && !ends_with(verb.lower, "ed") && !participles_.has(verb);
    const bool reported = apposed || (verbs_.has(verb) && (ends_with(verb.lower, "ed") || participles_.has(verb) ||
                                                            finite_by_form(verb)));
    if (!bare && !reported) return std::nullopt;
    for (std::size_t at = end; at > 0 && end - at < max_phrase; --at) {
        const Token& word = tokens[at];
        const bool participle = verb_like(word) && ends_with(word.lower, "ing");
        // "The last man to mount a third-party race says": an infinitive describes the noun too.
        const bool infinitive = word.lower == "to" && at + 1 < end && tokens[at + 1].is_word() &&
                                !tokens[at + 1].capitalised && !determiners_.has(tokens[at + 1]) && !verb_like(tokens[at + 1]);
        if (!word.is_word() || word.in_quote || (verbs_.has(word) && !participle) || be_forms_.has(word) ||
            finite_auxiliaries_.has(word))
            return std::nullopt;
        if ((!participle && !infinitive) || at == end) continue;
        // ("the police shooting of a man" is a noun.)
        if (participle && tokens[at + 1].lower == "of") return std::nullopt;
        // ("trying to save": the infinitive belongs to a participle further left.)
        if (infinitive && (!np_word(tokens[at - 1]) || verb_like(tokens[at - 1]) || verbs_.has(tokens[at - 1]))) continue;
        auto head = subject_before(tokens, at - 1);
        if (!head || !clause_boundary_before(tokens, head->first)) return std::nullopt;
        const Token& noun = tokens[head->last];
        if (bare ? !plural_subject(noun) : noun.capitalised) return std::nullopt;
        return Range{head->first, end};
    }
    return std::nullopt;
}

// "… bidding war US phone company Qwest has said": when no phrase opens the clause (a headline
// run into its lede, a comma left out), the name that ends right before the verb is its subject.
std::optional<FrameFinder::Range> FrameFinder::trailing_name(const std::vector<Token>& tokens, std::size_t end) const {
    const std::size_t max_words = 4;
    if (end == 0 || end + 1 >= tokens.size() || !name_word(tokens[end])) return std::nullopt;
    // Only before a verb that is finite by its form ("has said", "blamed", "says"): "… all the
    // motivation Democrats need" is a relative clause, "Republican claims" a noun in -s. Before
    // an apposition's comma the verb comes later ("… not cars Ford, the US car company, reported").
    const Token& verb = tokens[end + 1];
    if (verb.kind != TokenKind::Comma && !finite_by_form(verb)) return std::nullopt;
    std::size_t first = end;
    // ("… details The Bank of America has revealed": "of" inside a name, and a capitalised "The"
    // mid-sentence, which opens a name or a new sentence.)
    while (first > 0 && end - first + 1 < max_words &&
           (name_word(tokens[first - 1]) ||
            (first >= 2 && tokens[first - 1].lower == "of" && name_word(tokens[first - 2]))))
        --first;
    if (first >= 2 && tokens[first - 1].capitalised && tokens[first - 1].lower == "the") --first;
    // The run follows a noun that ends the phrase before it ("… bidding war US phone company
    // Qwest"); after a verb, a preposition or a determiner the name is inside another phrase
    // ("hear Clinton pledged", "in New York", "the Qwest deal").
    if (first == 0) return std::nullopt;
    const Token& before = tokens[first - 1];
    if (!before.is_word() || !np_word(before) || verb_like(before) || verbs_.has(before) || before.capitalised ||
        connectors_.has(before) || determiners_.has(before))
        return std::nullopt;
    return Range{first, end};
}

// "… unhappy with net service A survey by PC Pro has revealed": a capitalised article after a
// lower-case word, mid-sentence, starts a new clause (a headline run into its lede) or a title
// ("The Times"); either way a subject may start there.
bool FrameFinder::capital_article_after_word(const std::vector<Token>& tokens, std::size_t at) const {
    const bool article = singular_determiners_.has(tokens[at]) || tokens[at].lower == "the";
    if (at == 0 || !tokens[at].is_word() || !tokens[at].capitalised || !article) return false;
    const Token& before = tokens[at - 1];
    return before.is_word() && !before.capitalised && !connectors_.has(before) && !determiners_.has(before);
}

// The words before `at` are one prepositional phrase opening the sentence ("In a letter to his
// chairman"): a preposition first, and no verb after it.
bool FrameFinder::after_opening_phrase(const std::vector<Token>& tokens, std::size_t at) const {
    if (at < 2 || !tokens[0].is_word() || !connectors_.has(tokens[0])) return false;
    for (std::size_t i = 1; i < at; ++i)
        if (!tokens[i].is_word() || verbs_.has(tokens[i]) || be_forms_.has(tokens[i]) ||
            finite_auxiliaries_.has(tokens[i]) || relatives_.has(tokens[i]) || tokens[i].lower == "that")
            return false;
    return true;
}

// A lower-case verb form that can only be finite: an auxiliary, a past form or a verb in -s
// that is not also a noun ("has", "blamed", "told", "says"; not "claims", "attacks").
bool FrameFinder::finite_by_form(const Token& verb) const {
    if (!verb.is_word() || verb.capitalised) return false;
    if (finite_auxiliaries_.has(verb) || be_forms_.has(verb) || participles_.has(verb) || ends_with(verb.lower, "ed"))
        return true;
    return ends_with(verb.lower, "s") && !nouns_.has(verb) && !ambiguous_.has(verb);
}

// A capitalised word that can be part of a name: not a function word, a sentence opener, a day
// or an adverb ("In", "However", "Monday", "Slowly").
bool FrameFinder::name_word(const Token& token) const {
    return token.is_word() && token.capitalised && !token.in_quote && np_word(token) && !determiners_.has(token) &&
           !connectors_.has(token) && !in_list(openers_, token) && !in_list(calendar_, token) && !ends_with(token.lower, "ly");
}

// "Adam Thomas, an analyst at Informa, believes" written without its second comma: a name that
// opens the sentence, a comma and a description ("a", "an", "the") are one source.
FrameFinder::Range FrameFinder::with_unclosed_apposition(const std::vector<Token>& tokens, Range subject) const {
    const std::size_t max_name = 4;
    const std::size_t comma = subject.first - 1;
    const bool description = singular_determiners_.has(tokens[subject.first]) || tokens[subject.first].lower == "the";
    if (subject.first < 2 || tokens[comma].kind != TokenKind::Comma || tokens[subject.first].in_quote || !description)
        return subject;
    std::size_t first = comma;
    while (first > 0 && comma - first < max_name && name_word(tokens[first - 1])) --first;
    if (first == comma || first != 0) return subject;
    return Range{first, subject.last};
}

// "Executives who have worked with him say …": a subject with a restrictive relative clause,
// found by the relative pronoun within a few words before the verb.
std::optional<FrameFinder::Range> FrameFinder::subject_with_relative(const std::vector<Token>& tokens,
                                                                     std::size_t end) const {
    const std::size_t max_clause = 14;
    // "… who had expected the minutes to show": a verb after "to" has no subject of its own.
    if (tokens[end].lower == "to") return std::nullopt;
    for (std::size_t at = end; at > 0 && end - at < max_clause; --at) {
        const Token& word = tokens[at];
        if (!word.is_word() || word.in_quote) return std::nullopt;
        if (word.lower != "who" && word.lower != "that") continue;
        // "Mr Galloway, who on Thursday won damages from the Telegraph said": a clause opened by
        // a comma whose closing comma was left out.
        const bool opened = word.lower == "who" && at >= 2 && tokens[at - 1].kind == TokenKind::Comma;
        const std::size_t noun = opened ? at - 2 : at - 1;
        if (at == end) return std::nullopt;
        // "Those who back her opponents say", "Many who voted for him say": a pronoun or a
        // quantifier stands alone as the head.
        if (word.lower == "who" && !opened && tokens[noun].is_word() && !subject_pronouns_.has(tokens[noun]) &&
            (partitives_.has(tokens[noun]) || pronominal_.has(tokens[noun])) &&
            clause_boundary_before(tokens, quantity_start(tokens, noun)))
            return Range{quantity_start(tokens, noun), end};
        if (!np_word(tokens[noun])) return std::nullopt;
        auto head = subject_before(tokens, noun);
        if (!head || !clause_boundary_before(tokens, head->first)) return std::nullopt;
        return Range{head->first, end};
    }
    return std::nullopt;
}

// A subject followed by appositions or relative clauses set off by commas or brackets, up to
// the mark at `end` before the verb ("Sen. Lindsey Graham, R-S.C., a long-shot candidate,
// said"). The phrase before each comma is tried from the nearest outwards; a chain goes on while
// the phrase found is itself set off by a comma.
std::optional<FrameFinder::Range> FrameFinder::subject_with_apposition(const std::vector<Token>& tokens,
                                                                       std::size_t end) const {
    const std::size_t max_tokens = 48;
    std::optional<Range> best;
    for (std::size_t mark = end; mark > 1 && end - mark < max_tokens; --mark) {
        const Token& at = tokens[mark - 1];
        if (at.kind == TokenKind::QuoteOpen || at.kind == TokenKind::QuoteClose || at.kind == TokenKind::Semicolon ||
            at.kind == TokenKind::Colon || at.kind == TokenKind::End)
            break;
        if (at.kind != TokenKind::Comma && at.kind != TokenKind::OpenParen && at.kind != TokenKind::Dash) continue;
        // What follows the mark must describe the source: "a senator", "who …", "R-S.C.".
        const Token& next = tokens[mark];
        // "Trump, in Kentucky, said", "Sanders, meanwhile, said": a phrase set off inside the
        // subject that does not describe it ends the source before it.
        // ("Cruz, also a GOP hopeful, said": an adverb before a description is part of it.)
        const bool described = mark + 1 < tokens.size() && tokens[mark + 1].is_word() && determiners_.has(tokens[mark + 1]) &&
                               group_word(next);
        if (next.is_word() && interjections_.has(next) && !described) {
            if (best || mark < 2) break;
            if (auto named = bounded_subject(tokens, mark - 2)) return Range{named->first, named->last};
            break;
        }
        // ... or "still stinging over …", "speaking on condition of anonymity", "struck by her story".
        // ... or "when contacted by Reuters".
        // ... or "along with a reporter", "together with his wife": a companion.
        const bool companion = next.lower == "along" || next.lower == "together" || next.lower == "alongside";
        // ... or any word with "by" after it, as a participle with its agent, regular or not:
        // "struck by her story".
        const bool with_agent = mark + 1 < tokens.size() && tokens[mark + 1].lower == "by";
        if (!next.is_word() || (!np_word(next) && !determiners_.has(next) && !relatives_.has(next) &&
                                next.lower != "whose" && !group_word(next) && !verb_like(next) &&
                                !participles_.has(next) && !subordinators_.has(next) && !companion && !with_agent))
            break;
        if (mark < 2) break;
        auto named = bounded_subject(tokens, mark - 2);
        if (!named) continue;
        // "… sold in the US and Europe, the IFPI (…) said": a phrase that is the last of two
        // joined nouns is no subject that the phrase after the comma describes.
        if (best && named->first >= 2 && coordinator(tokens[named->first - 1]) && np_word(tokens[named->first - 2]))
            break;
        // "On Tuesday, his campaign manager, Jeff Weaver, said": the phrase before the first
        // comma is a time or an opening prepositional phrase, not part of the source.
        const bool adverbial = in_list(calendar_, tokens[named->last]) ||
                               (named->first > 0 && tokens[named->first - 1].is_word() &&
                                participle_openers_.has(tokens[named->first - 1]));
        if (adverbial && best) break;
        if (adverbial) continue;
        best = Range{named->first, end};
        if (named->first == 0 || tokens[named->first - 1].kind != TokenKind::Comma) break;
    }
    return best;
}

// "A new analysis of donors that have given $1 million or more since 2015, shows …", "The average
// of polls taken over the past two weeks shows …": a poll, study or set of records that shows or
// finds something heads its subject however long the phrase that describes it. Found by the
// nearest such noun whose phrase opens the clause, reading back from `end`.
std::optional<FrameFinder::Range> FrameFinder::findings_subject(const std::vector<Token>& tokens, std::size_t end) const {
    const std::size_t max_tokens = 32;
    const std::size_t last = tokens[end].is_word() ? end : end - 1;
    for (std::size_t at = last + 1; at-- > 0 && last - at < max_tokens;) {
        const Token& word = tokens[at];
        if (word.in_quote || word.kind == TokenKind::Semicolon || word.kind == TokenKind::Colon ||
            word.kind == TokenKind::QuoteOpen || word.kind == TokenKind::QuoteClose)
            return std::nullopt;
        if (!finding_nouns_.has(word)) continue;
        std::size_t first = at;
        while (first > 0 && at - first < 6 && describes_noun(tokens[first - 1])) --first;
        if (determiners_.has(tokens[first]) && clause_boundary_before(tokens, first)) return Range{first, last};
    }
    return std::nullopt;
}

// A word before a noun in its phrase: "A USA TODAY analysis", "the agency's own review".
bool FrameFinder::describes_noun(const Token& token) const {
    return (token.is_word() && token.capitalised) || np_word(token) || determiners_.has(token) ||
           is_possessive(token.lower);
}

bool FrameFinder::only_numbers(const std::vector<Token>& tokens, Range phrase) {
    for (std::size_t at = phrase.first; at <= phrase.last; ++at)
        if (tokens[at].is_word() && !std::isdigit(static_cast<unsigned char>(tokens[at].lower[0]))) return false;
    return true;
}

// A word that counts members of a group: "six", "10", "many", "most", "half".
bool FrameFinder::quantifier(const Token& token) const {
    if (!token.is_word()) return false;
    if (std::isdigit(static_cast<unsigned char>(token.lower[0]))) return true;
    return pronominal_.has(token) || (determiners_.has(token) && !singular_determiners_.has(token) &&
                                                 !possessives_.has(token) && token.lower != "the");
}

// Where a quantity starts that ends just before `first`, if one does: "nearly" in "nearly
// half", "at least" in "at least a dozen", "more than" in "more than half".
std::size_t FrameFinder::quantity_start(const std::vector<Token>& tokens, std::size_t first) const {
    if (first == 0 || !quantity_words_.has(tokens[first - 1])) return first;
    --first;
    const std::string& bound = tokens[first].lower;
    if ((bound == "least" || bound == "than") && first >= 1 && quantity_leads_.has(tokens[first - 1])) --first;
    return first;
}

bool FrameFinder::clause_boundary_before(const std::vector<Token>& tokens, std::size_t first) const {
    if (first == 0) return true;
    const Token& before = tokens[first - 1];
    if (!before.is_word()) return true;
    return openers_.has(before) || strip_word(before) || in_list(calendar_, before) ||
           (ends_with(before.lower, "ly") && !not_adverbs_.has(before));
}

// The first token of a list of noun phrases whose last comma is at `comma` ("Unions, green
// groups, and many lawmakers"): every item short, with no verb in it, and the list opening its
// clause, with at least `min_items` items. Nothing when the commas join clauses instead ("The
// mayor spoke, and lawmakers …") or the first item is an opening phrase ("On Monday,").
std::optional<std::size_t> FrameFinder::list_start(const std::vector<Token>& tokens, std::size_t comma,
                                                   std::size_t min_items) const {
    const std::size_t max_item = 5;
    std::size_t items = 0;
    std::size_t at = comma;  // the comma after an item
    while (true) {
        std::size_t first = at;
        while (first > 0 && tokens[first - 1].is_word() && at - first < max_item) {
            const Token& word = tokens[first - 1];
            if (verb_like(word) || verbs_.has(word) || be_forms_.has(word) || finite_auxiliaries_.has(word)) return std::nullopt;
            --first;
        }
        if (first == at) return std::nullopt;
        // "On Monday, unions and lawmakers said", "However, unions and …": an opening phrase or
        // a sentence adverb is no item; the list starts after it.
        if (participle_openers_.has(tokens[first]) || in_list(calendar_, tokens[first]) ||
            (at - first == 1 && (in_list(openers_, tokens[first]) || strip_word(tokens[first]))))
            return items >= min_items ? std::optional<std::size_t>(at + 1) : std::nullopt;
        ++items;
        if (first > 0 && tokens[first - 1].kind == TokenKind::Comma) {
            at = first - 1;
            continue;
        }
        if (items >= min_items && (first == 0 || clause_boundary_before(tokens, first))) return first;
        return std::nullopt;
    }
}

bool FrameFinder::coordinator(const Token& token) { return token.lower == "and" || token.lower == "nor"; }

// Whether the phrase read back from `end` to `first` has reached a comma of a list: "A, B, and C"
// (the comma before a coordinator) or "A, B and C" (a comma before a coordinated phrase). Then
// `first` moves to the list's start when the commas join noun phrases, and the phrase ends there.
bool FrameFinder::at_list_comma(const std::vector<Token>& tokens, std::size_t& first, std::size_t end) const {
    std::size_t comma = 0;
    std::size_t min_items = 0;
    if (first >= 3 && coordinator(tokens[first - 1]) && tokens[first - 2].kind == TokenKind::Comma) {
        comma = first - 2;
        min_items = 2;  // one item and a comma before "and" is two clauses as often as a list
    } else if (first >= 1 && tokens[first - 1].kind == TokenKind::Comma &&
               std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(first),
                           tokens.begin() + static_cast<std::ptrdiff_t>(end), coordinator)) {
        comma = first - 1;
        min_items = 1;
    } else {
        return false;
    }
    if (tokens[comma].in_quote != tokens[end].in_quote) return false;
    if (auto start = list_start(tokens, comma, min_items)) first = *start;
    return true;
}

// The subject noun phrase that ends at token `end`: read leftwards over the words a noun phrase
// holds ("Clinton campaign chairman John Podesta", "the head of the agency", "Google and
// Yahoo"), stopping after its determiner.
std::optional<FrameFinder::Range> FrameFinder::subject_before(const std::vector<Token>& tokens, std::size_t end) const {
    const Token& last = tokens[end];
    if (subject_pronouns_.has(last) || relatives_.has(last)) return Range{end, end};
    // "the poll released Friday shows": a participle and its day describe the noun before them.
    if (end >= 3 && in_list(calendar_, last) && verb_like(tokens[end - 1]) && ends_with(tokens[end - 1].lower, "ed"))
        if (auto noun = subject_before(tokens, end - 2)) return Range{noun->first, end};
    // "Some said", "Almost half believe": a quantifier standing alone is the whole phrase.
    if (pronominal_.has(last)) return Range{quantity_start(tokens, end), end};
    // "Two in three said", "six of 10 agreed", "most of them said", "nine out of 10 say".
    if (end >= 2 && (quantifier(last) || partitives_.has(last)) &&
        (tokens[end - 1].lower == "in" || tokens[end - 1].lower == "of")) {
        const std::size_t count = end >= 3 && tokens[end - 1].lower == "of" && tokens[end - 2].lower == "out" ? end - 3 : end - 2;
        if (quantifier(tokens[count])) return Range{quantity_start(tokens, count), end};
    }
    // "a source close to him", "people familiar with them": an object pronoun ends the phrase
    // when a preposition ties it in.
    if (end >= 2 && object_pronouns_.has(last) && connectors_.has(tokens[end - 1]) && !last.in_quote)
        if (auto noun = subject_before(tokens, end - 2)) return Range{noun->first, end};
    // ("Cruz's thinking", "the group's funding": after a possessive an -ing form is a noun.)
    const bool gerund = verb_like(last) && end > 0 && tokens[end - 1].is_word() && is_possessive(tokens[end - 1].lower);
    if (!np_word(last) || determiners_.has(last) || connectors_.has(last) || (verb_like(last) && !gerund))
        return std::nullopt;
    const std::size_t max_words = 16;
    std::size_t first = end;
    while (first > 0 && end - first < max_words) {
        const Token& previous = tokens[first - 1];
        if (at_list_comma(tokens, first, end)) break;
        if (previous.in_quote != last.in_quote || !previous.is_word()) break;
        const bool before_is_np = first >= 2 && np_word(tokens[first - 2]) && !determiners_.has(tokens[first - 2]);
        if (determiners_.has(previous)) {
            --first;
            // "the head of the agency": a determiner ends the phrase unless a preposition or a
            // possessive ties it to more of it.
            // "at least a dozen members", "more than half the senators": a quantity goes on.
            if (first >= 1 && quantity_words_.has(tokens[first - 1])) {
                first = quantity_start(tokens, first);
                break;
            }
            // "House Republicans supporting the bill", "officials briefed on the talks": a
            // participle after a noun describes it.
            if (first >= 2 && verb_like(tokens[first - 1]) && np_word(tokens[first - 2]) && !verb_like(tokens[first - 2]) &&
                !verbs_.has(tokens[first - 1])) {
                first -= 1;
                continue;
            }
            if (at_list_comma(tokens, first, end)) break;
            // "Trump and his attorneys", "She and her husband": a coordinated phrase goes on.
            if (first >= 2 && coordinator(tokens[first - 1]) &&
                (np_word(tokens[first - 2]) || subject_pronouns_.has(tokens[first - 2])) &&
                !verb_like(tokens[first - 2])) {
                first -= 2;
                continue;
            }
            // "all the attendees", "the four contenders" also take one more word.
            if (first > 0 && (pronominal_.has(tokens[first - 1]) || determiners_.has(tokens[first - 1]))) {
                --first;
                break;
            }
            // "London's most senior police officer", "the firm's two founders": a possessive
            // before the determiner owns the phrase.
            if (first > 0 && tokens[first - 1].is_word() && is_possessive(tokens[first - 1].lower) &&
                np_word(tokens[first - 1])) {
                --first;
                continue;
            }
            if (first == 0 || !tokens[first - 1].is_word() || !connectors_.has(tokens[first - 1])) break;
            continue;
        }
        if (coordinator(previous)) {
            // "he and Mr. Allen said": a pronoun opens a coordinated subject.
            if (first >= 2 && subject_pronouns_.has(tokens[first - 2])) {
                first -= 2;
                break;
            }
            if (!(first >= 2 && np_word(tokens[first - 2]) && !verb_like(tokens[first - 2]))) break;
            --first;
            continue;
        }
        // "Six in 10 voters", "many in the crowd", "most of them": a quantity owns the phrase.
        if ((previous.lower == "of" || previous.lower == "in") && first >= 2 && quantifier(tokens[first - 2])) {
            first = quantity_start(tokens, first - 2);
            break;
        }
        // "an inside source", "an outside group": after a determiner the word is a modifier.
        if (connectors_.has(previous) && first >= 2 && determiners_.has(tokens[first - 2]) &&
            !previous.capitalised) {
            --first;
            continue;
        }
        if (connectors_.has(previous)) {
            if (!before_is_np) break;
            --first;
            continue;
        }
        // "The April survey", "a Monday meeting": a month or a day after a determiner modifies.
        const bool dated = in_list(calendar_, previous) && first >= 2 && determiners_.has(tokens[first - 2]);
        if (!np_word(previous) || (in_list(calendar_, previous) && !dated)) break;
        // "elected officials", "the acting director": a participle only as the first modifier.
        // ("Democratic registered voters": after a capitalised modifier, too.)
        // "The statement issued by Lycos": a participle with its agent describes the noun before it.
        const bool with_agent = tokens[first].lower == "by" && ends_with(previous.lower, "ed") && first >= 2 &&
                                np_word(tokens[first - 2]) && !verb_like(tokens[first - 2]);
        // "web ranking firm HitWise", "a polling company": an -ing noun between two nouns.
        const bool compound = ends_with(previous.lower, "ing") && tokens[first].is_word() && !tokens[first].capitalised &&
                              np_word(tokens[first]) && first >= 2 && np_word(tokens[first - 2]) &&
                              !verb_like(tokens[first - 2]);
        if (verb_like(previous) && !(first >= 2 && (determiners_.has(tokens[first - 2]) || quantifier(tokens[first - 2]))) &&
            !(first >= 2 && tokens[first - 2].capitalised && ends_with(previous.lower, "ed")) &&
            !clause_boundary_before(tokens, first - 1) && !with_agent && !compound)
            break;
        --first;
    }
    // ("At least a dozen members": "at" there opens the quantity, not a prepositional phrase.)
    while (first < end && (connectors_.has(tokens[first]) || tokens[first].lower == "and" || strip_word(tokens[first])) &&
           !(quantity_leads_.has(tokens[first]) && quantity_words_.has(tokens[first + 1])))
        ++first;
    if (determiners_.has(tokens[end])) return std::nullopt;
    return Range{first, end};
}

// A noun phrase that starts at token `start` (", said Quentin Kidd, a political scientist at
// the university"). With `apposition`, a comma and a description after the name belong to it.
std::optional<FrameFinder::Range> FrameFinder::noun_phrase_after(const std::vector<Token>& tokens, std::size_t start,
                                                                 bool apposition) const {
    if (start >= tokens.size() || !tokens[start].is_word()) return std::nullopt;
    if (subject_pronouns_.has(tokens[start])) return Range{start, start};
    std::size_t last = start;
    if (!np_word(tokens[start]) && !determiners_.has(tokens[start])) return std::nullopt;
    std::size_t i = start + 1;
    // At most 16 words, as for a subject: a phrase never runs on through the rest of the sentence.
    while (i < tokens.size() && tokens[i].is_word() && i - start < 16) {
        const Token& word = tokens[i];
        if (connectors_.has(word) || word.lower == "and") {
            const bool adjunct = i + 1 < tokens.size() && (in_list(calendar_, tokens[i + 1]) ||
                                                           tokens[i + 1].lower == "a" || tokens[i + 1].lower == "an");
            if (adjunct || i + 1 >= tokens.size() || !tokens[i + 1].is_word()) break;
            ++i;
            continue;
        }
        if (!np_word(word) && !determiners_.has(word)) break;
        if (in_list(calendar_, word)) break;
        last = i++;
    }
    // ", said Quentin Kidd, a political scientist at …": the description runs to the end.
    if (apposition) last = with_descriptions(tokens, last);
    return Range{start, last};
}

// The descriptions set off by commas after a source that ends the sentence (", said Quentin
// Kidd, a political scientist at the university."): each segment that describes the source
// (a noun phrase, a relative clause) joins it; one that adds circumstances (", speaking on
// radio", ", on a call with reporters") ends it.
std::size_t FrameFinder::with_descriptions(const std::vector<Token>& tokens, std::size_t last) const {
    std::size_t end = last;
    // ", said a GOP data expert who has worked for a rival.": a relative clause with no comma
    // restricts the source and belongs to it (PolNeAR).
    // (Words only: a semicolon, colon or dash opens another clause, and the source then ends
    // where it did.)
    if (end + 1 < tokens.size() && tokens[end + 1].lower == "who")
        while (end + 1 < tokens.size() && tokens[end + 1].is_word()) ++end;
    while (end + 2 < tokens.size() && tokens[end + 1].kind == TokenKind::Comma) {
        const Token& next = tokens[end + 2];
        const bool describes = next.is_word() && !verb_like(next) && !adjunct_starts_.has(next) &&
                               (np_word(next) || determiners_.has(next) || relatives_.has(next));
        if (!describes) break;
        std::size_t segment = end + 2;
        while (segment + 1 < tokens.size() && tokens[segment + 1].kind != TokenKind::Comma &&
               tokens[segment + 1].kind != TokenKind::QuoteOpen && tokens[segment + 1].kind != TokenKind::End)
            ++segment;
        end = segment;
    }
    // Only a description that runs to the end of the sentence (or to the second half of a split
    // quote) is certain to be the source's.
    const bool closes = end + 1 >= tokens.size() || tokens[end + 1].kind == TokenKind::End ||
                        (tokens[end + 1].kind == TokenKind::Comma && end + 2 < tokens.size() &&
                         tokens[end + 2].kind == TokenKind::QuoteOpen);
    return closes ? end : last;
}

// The subject of the sentence's first clause, for a cue that shares it ("Trump attacked the
// plan, saying …", "The ministry praised the teams but said …").
std::optional<FrameFinder::Range> FrameFinder::leading_subject(const std::vector<Token>& tokens) const {
    std::size_t i = 0;
    while (i < tokens.size() && tokens[i].capitalised && strip_word(tokens[i])) ++i;
    while (i < tokens.size() && tokens[i].kind == TokenKind::Comma) ++i;
    if (i >= tokens.size() || !tokens[i].is_word() || tokens[i].in_quote) return std::nullopt;
    if (subject_pronouns_.has(tokens[i])) return Range{i, i};
    std::size_t last = i;
    for (std::size_t j = i; j < tokens.size() && (np_word(tokens[j]) || determiners_.has(tokens[j])); ++j) {
        if (j > i && !tokens[j].capitalised && ends_with(tokens[j].lower, "ed")) break;
        if (verbs_.has(tokens[j]) && !tokens[j].capitalised) break;
        if (tokens[j].lower == "and") break;
        // "The company cut 40 jobs": a determiner or number after a lower-case word starts the
        // object, so that word was the verb.
        const bool opens_phrase = determiners_.has(tokens[j]) || std::isdigit(static_cast<unsigned char>(tokens[j].lower[0]));
        if (j > i + 1 && opens_phrase && !determiners_.has(tokens[j - 1]) && !tokens[j - 1].capitalised) {
            last = j - 2;
            break;
        }
        last = j;
    }
    // "House Democrats, looking for a way out, seized the floor and said …".
    if (last + 1 >= tokens.size() || (!tokens[last + 1].is_word() && tokens[last + 1].kind != TokenKind::Comma &&
                                      tokens[last + 1].kind != TokenKind::OpenParen))
        return std::nullopt;
    return Range{i, last};
}

// Past the listener of "told": "reporters", "him", "the BBC", "Breitbart News", "CNN's Jake
// Tapper". A listener is a word from the pack's list or a run of capitalised words; what follows
// it is the content ("told Breitbart News he'd support her").
std::size_t FrameFinder::after_listener(const std::vector<Token>& tokens, std::size_t at) const {
    const std::size_t n = tokens.size();
    if (at >= n || !tokens[at].is_word()) return at;
    if (listeners_.has(tokens[at])) return at + 1;
    std::size_t i = at;
    // "told the inquiry that …", "told police they …": a short phrase before the content's
    // own opening is the listener.
    for (std::size_t end = at; end < n && end < at + 4 && tokens[end].is_word() && !verb_like(tokens[end]); ++end) {
        if (end > at && (tokens[end].lower == "that" || subject_pronouns_.has(tokens[end]))) return end;
        if (end + 1 < n && (tokens[end + 1].kind == TokenKind::Colon || tokens[end + 1].kind == TokenKind::QuoteOpen))
            return end + 1;
        if (!np_word(tokens[end]) && !determiners_.has(tokens[end])) break;
    }
    if (tokens[i].lower == "the" && i + 1 < n && tokens[i + 1].capitalised) ++i;
    if (!tokens[i].capitalised) return at;
    while (i < n && tokens[i].is_word() && (tokens[i].capitalised || tokens[i].lower == "of") &&
           !subject_pronouns_.has(tokens[i]))
        ++i;
    return i;
}

// The noun phrase a relative pronoun at token `relative` stands for ("the ministry, which said").
std::optional<Span> FrameFinder::antecedent_of(const std::vector<Token>& tokens, std::size_t relative) const {
    if (relative == 0) return std::nullopt;
    std::size_t end = relative - 1;
    if (tokens[end].kind == TokenKind::Comma) {
        if (end == 0) return std::nullopt;
        --end;
    }
    auto phrase = subject_before(tokens, end);
    if (!phrase) return std::nullopt;
    return span_of(tokens, phrase->first, phrase->last);
}

}  // namespace claimcheck
