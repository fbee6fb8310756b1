// ATTR-02: a direct quotation that no attribution carries.
#include <algorithm>
#include <optional>

#include "checks/check.hpp"
#include "common/span_index.hpp"

namespace claimcheck {

namespace {

std::size_t word_count(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : text) {
        bool space = c == ' ' || c == '\t';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

// The content of every attribution with an agent: a quotation it overlaps is carried.
SpanIndex carried_content(const Analysis& analysis) {
    std::vector<Span> pieces;
    for (const Attribution& attribution : analysis.attributions)
        if (attribution.form != AttributionForm::Agentless)
            pieces.insert(pieces.end(), attribution.content.begin(), attribution.content.end());
    return SpanIndex(std::move(pieces));
}

// A sentence with a speaker: an attribution with a source whose cue stands outside every
// quotation ("…," he told the newspaper; Mr Keating added: "…").
std::vector<bool> sentences_with_speaker(const CheckContext& context) {
    std::vector<bool> speaker(context.seg.sentences.size(), false);
    for (const Attribution& attribution : context.analysis.attributions) {
        if (attribution.form == AttributionForm::Agentless || !attribution.source) continue;
        if (attribution.sentence < speaker.size() && !inside_quote(context, attribution.cue))
            speaker[attribution.sentence] = true;
    }
    return speaker;
}

// `BBC Two controller Roly Keating: "…"`: a name and a colon just before the quotation.
bool named_before_colon(std::string_view text, std::size_t quote_start) {
    std::size_t at = quote_start;
    while (at > 0 && text[at - 1] == ' ') --at;
    if (at == 0 || text[at - 1] != ':') return false;
    --at;
    std::size_t word_end = at;
    while (at > 0 && text[at - 1] != ' ') --at;
    if (at == word_end) return false;
    const unsigned char first = static_cast<unsigned char>(text[at]);
    return (first >= 'A' && first <= 'Z') || first >= 0xC3;
}

// `Mr Blair said "…"`, `he said: "…"`: a reporting verb (the `lead-verbs` lexicon) just before
// the quotation introduces it, even where the attribution stage found no frame.
bool verb_before(const CheckContext& context, const WordSet& verbs, std::size_t sentence, const Quote& quote) {
    std::string_view before = std::string_view(context.doc.text).substr(context.seg.sentences[sentence].span.start,
                                                      quote.span.start - context.seg.sentences[sentence].span.start);
    while (!before.empty() && (before.back() == ' ' || before.back() == ':' || before.back() == ',')) before.remove_suffix(1);
    if (before.ends_with(" that")) before.remove_suffix(5);
    const std::size_t space = before.rfind(' ');
    const std::string_view last = space == std::string_view::npos ? before : before.substr(space + 1);
    return !last.empty() && verbs.contains(last);
}

// A quoted text the sentence names rather than a speaker's words: after "is:", "will be:",
// "reads:" ("The question will be: "…"") or followed by "is"/"was" (""Taking responsibility"
// is this year's theme").
bool named_text(const CheckContext& context, std::size_t sentence, const Quote& quote) {
    const Span span = context.seg.sentences[sentence].span;
    const std::string_view text(context.doc.text);
    std::string_view before = text.substr(span.start, quote.span.start - span.start);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    for (std::string_view copula : {" is:", " was:", " are:", " were:", " be:", " reads:", " read:"})
        if (before.ends_with(copula)) return true;
    std::string_view after = quote.span.end < span.end ? text.substr(quote.span.end, span.end - quote.span.end) : std::string_view();
    while (!after.empty() && (after.front() == ' ' || after.front() == ',')) after.remove_prefix(1);
    return after.starts_with("is ") || after.starts_with("was ") || after.starts_with("are ") || after.starts_with("were ");
}

bool after_colon(std::string_view text, const Quote& quote) {
    std::size_t at = quote.span.start;
    while (at > 0 && text[at - 1] == ' ') --at;
    return at > 0 && text[at - 1] == ':';
}

// The quoted words begin with a capital letter or a digit (a whole sentence, not a phrase).
bool starts_as_sentence(std::string_view inner) {
    while (!inner.empty() && (inner.front() == ' ' || inner.front() == '[' || inner.front() == '.')) inner.remove_prefix(1);
    if (inner.empty()) return false;
    const unsigned char first = static_cast<unsigned char>(inner.front());
    return (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9') || first >= 0xC3;
}

bool names_person(std::string_view text, const RE2* person) {
    return person && RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *person);
}

bool names_person(const CheckContext& context, const RE2* person, std::size_t sentence) {
    return names_person(context.seg.sentences[sentence].span.in(context.doc.text), person);
}

// `"…," predicted Mr Weiner` or `"…," Prof Etzioni continues`: an inverted or trailing speaker
// the attribution stage did not frame, right after the closing mark.
bool verb_after(const CheckContext& context, const WordSet& verbs, std::size_t sentence, const Quote& quote) {
    const Span span = context.seg.sentences[sentence].span;
    if (quote.span.end >= span.end) return false;
    const auto words = split_words(std::string_view(context.doc.text).substr(quote.span.end, span.end - quote.span.end));
    // Up to a dozen words of the speaker's description before the verb ("RICS housing
    // spokesman Ian Perry said"), up to the next quotation or the end of the sentence.
    for (std::size_t at = 0; at < words.size() && at < 12; ++at) {
        std::string_view word = words[at];
        if (word.find('"') != std::string_view::npos || word.find("\xE2\x80\x9C") != std::string_view::npos) return false;
        const bool ends = word.ends_with(".") || word.ends_with(";") || word.ends_with("?") || word.ends_with("!");
        while (!word.empty() && (word.back() == '.' || word.back() == ',' || word.back() == ';')) word.remove_suffix(1);
        if (verbs.contains(word)) return true;
        if (ends) return false;
    }
    return false;
}

// `He went on: "…"`, `The Tory leader went on: "…"`: the clause before the colon has a person.
bool person_before_colon(const CheckContext& context, const RE2* person, const WordSet& openers, const WordSet& strip,
                         std::size_t sentence, const Quote& quote) {
    const Span span = context.seg.sentences[sentence].span;
    std::string_view before = std::string_view(context.doc.text).substr(span.start, quote.span.start - span.start);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (!before.ends_with(":")) return false;
    if (names_person(before, person)) return true;
    const auto words = split_words(before);
    // "Osbourne himself was at a loss to explain it:": a name opening the sentence (not "The",
    // "But" or another word of the `determiners` and `source-strip` lexicons).
    if (!words.empty() && !openers.contains(words.front()) && !strip.contains(words.front())) {
        const unsigned char first = static_cast<unsigned char>(words.front().front());
        if ((first >= 'A' && first <= 'Z') || first >= 0xC3) return true;
    }
    for (std::string_view word : words) {
        const std::string lower = ascii_lower(word);
        if (lower == "he" || lower == "she" || lower == "his" || lower == "her" || lower == "him") return true;
    }
    return false;
}

// "He finished with an appeal to activists." / "She had inherited the camera.": a sentence
// about a person already named, whose words may follow.
bool opens_with_person(const CheckContext& context, std::size_t sentence) {
    const std::string_view text = context.seg.sentences[sentence].span.in(context.doc.text);
    return text.starts_with("He ") || text.starts_with("She ");
}

// Only spaces between the start of the sentence and the quotation.
bool opens_sentence(const CheckContext& context, std::size_t sentence, const Quote& quote) {
    const Span span = context.seg.sentences[sentence].span;
    for (std::size_t i = span.start; i < quote.span.start; ++i)
        if (context.doc.text[i] != ' ') return false;
    return true;
}

}  // namespace

void check_unattributed_quote(const CheckContext& context, FindingSink& sink) {
    const auto min_words = sink.count("min-words", 5);
    const WordSet& verbs = sink.words(sink.text("lead-verbs", "cue-verbs"));
    const SpanIndex carried = carried_content(context.analysis);
    const std::vector<bool> speaker = sentences_with_speaker(context);
    // Sentences whose quotation was carried: the next sentence's quotation continues it (the
    // newspaper convention of a speaker's words running on over several sentences).
    std::vector<bool> quoted_speaker = speaker;
    std::vector<bool> has_quote(context.seg.sentences.size(), false);
    for (const auto& quote : context.seg.quotes)
        for (std::size_t s = sentence_of(context, quote.span.start).value_or(has_quote.size());
             s < has_quote.size() && s <= sentence_of(context, quote.span.end - 1).value_or(s); ++s)
            has_quote[s] = true;
    const RE2* person = sink.fragment(sink.text("speaker-name", "speaker-name"));
    const auto window = sink.count("window", 2);
    const WordSet& openers = sink.words("determiners");
    const WordSet& strip = sink.words("source-strip");
    for (const auto& quote : context.seg.quotes) {
        if (quote.depth != 0) continue;
        const std::optional<std::size_t> sentence = sentence_of(context, quote.span.start);
        if (!sentence) continue;
        BlockKind kind = context.seg.sentences[*sentence].kind;
        if (kind != BlockKind::Paragraph && kind != BlockKind::Blockquote && kind != BlockKind::ListItem) continue;
        // The speaker's words run on from the sentence before (itself a quotation, or carried),
        // or that sentence introduces a named person whose words follow ("Mr Howard, however,
        // was dismissive. "These things happen …""): the reader knows whose words they are.
        // A speaker named in the sentence after, or a person in the one before that, also
        // makes the source clear from context (AP: restate the source unless context makes it
        // perfectly clear); `window` sentences before are looked at.
        bool continues = false;
        if (opens_sentence(context, *sentence, quote)) {
            const std::size_t first = *sentence >= window ? *sentence - window : 0;
            for (std::size_t s = first; s < *sentence && !continues; ++s)
                continues = quoted_speaker[s] || has_quote[s] || names_person(context, person, s) || opens_with_person(context, s);
            continues = continues || (*sentence + 1 < speaker.size() && speaker[*sentence + 1]);
        }
        if (carried.overlaps(quote.inner) || speaker[*sentence] || continues ||
            named_before_colon(context.doc.text, quote.span.start) || verb_before(context, verbs, *sentence, quote) ||
            verb_after(context, verbs, *sentence, quote) || person_before_colon(context, person, openers, strip, *sentence, quote)) {
            // Every sentence the quotation runs over has its speaker.
            const std::size_t last = sentence_of(context, quote.span.end - 1).value_or(*sentence);
            for (std::size_t s = *sentence; s <= last && s < quoted_speaker.size(); ++s) quoted_speaker[s] = true;
            continue;
        }
        if (word_count(quote.inner.in(context.doc.text)) < min_words) continue;
        // A quoted phrase inside the reporter's sentence ('hailed for his "remarkable visual
        // beauty"') belongs to that sentence's structure; what needs a speaker is a quotation
        // that stands on its own: opening its sentence or following a colon, as a sentence.
        if (!(opens_sentence(context, *sentence, quote) || after_colon(context.doc.text, quote)) ||
            !starts_as_sentence(quote.inner.in(context.doc.text)) || named_text(context, *sentence, quote))
            continue;
        sink.add(quote.span, *sentence, "", {});
    }
}

}  // namespace claimcheck
