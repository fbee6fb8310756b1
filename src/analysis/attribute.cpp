#include "analysis/attribute.hpp"

#include <algorithm>
#include <set>

namespace claimcheck {

struct Attributor::Candidate {
    int priority = 0;
    AttributionForm form = AttributionForm::Indirect;
    std::string id;    // the pattern or frame that found it
    std::string head;  // the cue word, lower-case
    std::size_t sentence = 0;
    Span cue;
    std::optional<Span> source;
    std::optional<Span> antecedent;
    std::vector<Span> content;
};

Attributor::Attributor(const RulePack& pack)
    : pack_(pack),
      strip_words_(required_words(pack, "source-strip")),
      interjections_(required_words(pack, "source-interjections")),
      source_heads_(required_words(pack, "source-heads")),
      postmodifiers_(required_words(pack, "source-postmodifiers")),
      auxiliaries_(required_words(pack, "auxiliaries")),
      be_forms_(required_words(pack, "be-forms")),
      cue_classes_(cue_classes(pack)),
      frames_(pack) {
    RE2::Options options;
    options.set_log_errors(false);
    reply_re_ = std::make_unique<RE2>(required_fragment(pack, "reply"), options);
    if (!reply_re_->ok()) throw UserError(Location{"rules/" + pack.name}, "fragment 'reply': " + reply_re_->error());
    anonymity_re_ = std::make_unique<RE2>(required_fragment(pack, "anonymity-reason"), options);
    if (!anonymity_re_->ok())
        throw UserError(Location{"rules/" + pack.name}, "fragment 'anonymity-reason': " + anonymity_re_->error());
}

namespace {

// Below the agentless patterns (50), which must win over a frame's reading of "it is said"; a
// pack's own pattern below 30 only fills in where no frame found the cue.
constexpr int kFramePriority = 30;

}  // namespace

// A noun phrase holds no auxiliary ("the plan had been shelved") and is not a clause-long run
// of words; an apposition after its comma may be longer ("Steven M. Rosenthal, a tax lawyer and
// senior fellow at the Urban-Brookings Tax Policy Center,").
bool Attributor::plausible_source(std::string_view source) const {
    const std::size_t max_head = 12;
    const std::size_t max_described = 32;
    auto words = split_words(source);
    if (words.size() > max_described || split_words(source.substr(0, source.find(','))).size() > max_head) return false;
    for (std::string_view word : words)
        if (auxiliaries_.contains(word) && !source_heads_.contains(word)) return false;
    return !holds_reporting_verb(source);
}

// Not a statement by the subject: a passive ("Staff were told"), an infinitive ("declined to
// comment", "refused to confirm") or a right-of-reply phrase ("did not respond to a request").
// `replies` are the sentence's reply phrases, relative to the sentence.
bool Attributor::plausible_cue(std::string_view sentence, std::size_t cue_start, std::string_view cue,
                               const std::vector<Span>& replies) const {
    auto words = split_words(cue);
    // "were told" is a passive and "denying …" a participle; "is saying" is a statement.
    const bool after_be = words.size() >= 2 && be_forms_.contains(words[words.size() - 2]);
    const bool participle = !words.empty() && words.back().ends_with("ing");
    if (after_be != participle) return false;
    // "sanctions announced by Washington": a participle with its agent, not a statement.
    if (sentence.substr(cue_start + cue.size()).starts_with(" by ")) return false;
    std::string_view before = sentence.substr(0, cue_start);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (before.ends_with(" to") || before == "to") return false;
    return std::none_of(replies.begin(), replies.end(), [&](const Span& reply) { return reply.contains(cue_start); });
}

// The spans of the right-of-reply phrases in a sentence, relative to it.
std::vector<Span> Attributor::reply_spans(std::string_view sentence) const { return spans_of(*reply_re_, sentence); }

// Every match of `re` in a sentence, relative to it.
std::vector<Span> Attributor::spans_of(const RE2& re, std::string_view sentence) {
    std::vector<Span> spans;
    re2::StringPiece whole(sentence.data(), sentence.size()), match;
    std::size_t from = 0;
    while (from < sentence.size() && re.Match(whole, from, sentence.size(), RE2::UNANCHORED, &match, 1)) {
        std::size_t start = static_cast<std::size_t>(match.data() - sentence.data());
        spans.push_back(Span{start, start + match.size()});
        from = start + std::max<std::size_t>(match.size(), 1);
    }
    return spans;
}

// A noun phrase never holds a reporting verb ("Varga said the council"): such a match is one
// clause's subject and verb glued to the next clause's words.
bool Attributor::holds_reporting_verb(std::string_view source) const {
    for (std::string_view word : split_words(source))
        if (cue_classes_.count(ascii_lower(word)) && !source_heads_.contains(word)) return true;
    return false;
}

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

bool opens_quote(std::string_view text, std::size_t at) {
    return text.substr(at, 1) == "\"" || text.substr(at, 3) == "“" || text.substr(at, 2) == "«";
}

std::size_t closing_quote_length(std::string_view text, std::size_t at) {
    if (text.substr(at, 1) == "\"") return 1;
    if (text.substr(at, 3) == "”") return 3;
    if (text.substr(at, 2) == "»") return 2;
    return 0;
}

// Trims white space and the punctuation that glues a clause to its cue (", " before, "." after).
// A quotation keeps its closing mark (and the comma inside it): `"We will win,"`.
Span trim_content(std::string_view text, Span span) {
    while (span.start < span.end && (is_space(text[span.start]) || text[span.start] == ',')) ++span.start;
    while (span.end > span.start && (is_space(text[span.end - 1]) || text[span.end - 1] == ',')) --span.end;
    if (span.start < span.end && opens_quote(text, span.start) && span.end < text.size()) {
        std::size_t after = text[span.end] == ',' ? span.end + 1 : span.end;
        if (std::size_t mark = closing_quote_length(text, after); mark > 0) span.end = after + mark;
    }
    return span;
}

bool inside_any_quote(const std::vector<Quote>& quotes, Span span) {
    for (const auto& quote : quotes)
        if (quote.inner.contains(span) && !span.empty()) return true;
    return false;
}

std::string last_word_lower(std::string_view cue) {
    auto words = split_words(cue);
    return words.empty() ? std::string() : ascii_lower(words.back());
}

AttributionForm form_from_name(const std::string& name) {
    if (name == "direct") return AttributionForm::Direct;
    if (name == "mixed") return AttributionForm::Mixed;
    if (name == "according-to") return AttributionForm::AccordingTo;
    if (name == "headline") return AttributionForm::Headline;
    if (name == "continuation") return AttributionForm::Continuation;
    if (name == "agentless") return AttributionForm::Agentless;
    return AttributionForm::Indirect;
}

bool starts_with_quote_mark(std::string_view text) {
    return text.rfind("\"", 0) == 0 || text.rfind("“", 0) == 0 || text.rfind("«", 0) == 0;
}

}  // namespace

void Attributor::match_sentence(std::string_view text, const Sentence& sentence, std::size_t index,
                                std::vector<Candidate>& out) const {
    std::string_view s = sentence.span.in(text);
    std::vector<int> hits;
    const RE2::Set* prefilter = pack_.pattern_set.get();
    if (!prefilter || !prefilter->Match(s, &hits)) return;
    std::sort(hits.begin(), hits.end());
    std::vector<re2::StringPiece> groups;
    const std::vector<Span> replies = reply_spans(s);
    for (int hit : hits) {
        const Pattern& pattern = pack_.patterns[static_cast<std::size_t>(hit)];
        if (pattern.scope == "headline" && sentence.kind != BlockKind::Headline) continue;
        const CompiledPattern& compiled = pattern.compiled();  // compiled here the first time it is selected
        const int n = compiled.re->NumberOfCapturingGroups() + 1;
        groups.assign(static_cast<std::size_t>(n), re2::StringPiece());
        if (!compiled.re->Match(s, 0, s.size(), RE2::UNANCHORED, groups.data(), n)) continue;
        auto span_of = [&](int group) -> std::optional<Span> {
            if (group < 0 || group >= n || groups[group].data() == nullptr) return std::nullopt;
            std::size_t start = sentence.span.start + static_cast<std::size_t>(groups[group].data() - s.data());
            return Span{start, start + groups[group].size()};
        };
        Candidate candidate;
        candidate.priority = pattern.priority;
        candidate.form = form_from_name(pattern.form);
        candidate.id = pattern.id;
        candidate.sentence = index;
        auto cue = span_of(compiled.cue_group);
        if (!cue || cue->empty()) continue;
        if (pattern.form != "agentless" &&
            !plausible_cue(s, cue->start - sentence.span.start, cue->in(text), replies))
            continue;
        candidate.cue = *cue;
        candidate.head = last_word_lower(cue->in(text));
        if (auto source = span_of(compiled.source_group)) {
            Span trimmed = trim_source(text, *source);
            if (trimmed.empty() || !plausible_source(trimmed.in(text))) continue;
            candidate.source = trimmed;
        }
        if (candidate.source) candidate.source = with_apposition(text, *candidate.source, candidate.cue);
        for (int group : compiled.content_groups)
            if (auto content = span_of(group)) {
                Span trimmed = trim_content(text, *content);
                if (!trimmed.empty()) candidate.content.push_back(trimmed);
            }
        out.push_back(std::move(candidate));
    }
}

namespace {

struct WordSpan {
    std::size_t start, end;  // offsets into the text
};

std::vector<WordSpan> words_of(std::string_view text, Span span) {
    std::vector<WordSpan> tokens;
    std::size_t i = span.start;
    while (i < span.end) {
        while (i < span.end && text[i] == ' ') ++i;
        std::size_t start = i;
        while (i < span.end && text[i] != ' ') ++i;
        if (i > start) tokens.push_back(WordSpan{start, i});
    }
    return tokens;
}


}  // namespace

// "the council's leader, Helen Mbeki, said": the apposition between the source and its verb
// names the source, and belongs to the source span (as in PolNeAR's annotation).
Span Attributor::with_apposition(std::string_view text, Span source, Span cue) const {
    if (cue.start <= source.end + 4) return source;
    std::string_view between = text.substr(source.end, cue.start - source.end);
    if (!between.starts_with(", ") || !between.ends_with(", ")) return source;
    std::string_view inside = between.substr(2, between.size() - 4);
    if (inside.empty() || inside.find(',') != std::string_view::npos) return source;
    auto words = split_words(inside);
    if (words.empty() || words.size() > 6 || interjections_.contains(words.front())) return source;
    return Span{source.start, source.end + 2 + inside.size()};
}

// Drops clause openers ("But", "However", "Last") that the noun-phrase pattern swallowed, and
// keeps at most four words before the head noun: the patterns let a noun phrase run back over
// any words (which keeps them fast), so the phrase is cut here at the first word that cannot
// belong to it ("The announcement came after the ministry" → "the ministry").
Span Attributor::trim_source(std::string_view text, Span source) const {
    while (!source.empty()) {
        std::string_view s = source.in(text);
        std::size_t space = s.find(' ');
        if (space == std::string_view::npos) break;
        std::string_view first = s.substr(0, space);
        if (!strip_words_.contains(first)) break;
        source.start += space + 1;
    }
    if (strip_words_.contains(source.in(text))) return Span{source.end, source.end};  // "Despite"
    // A relative pronoun closes the noun phrase: "a statement from Kyiv that described …".
    for (std::string_view relative : {" that", " which", " who"}) {
        std::string_view s = source.in(text);
        if (s.size() > relative.size() && s.ends_with(relative)) source.end -= relative.size();
    }
    auto tokens = words_of(text, source);
    std::size_t head = tokens.size();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        std::string_view word = without_possessive(std::string_view(text).substr(tokens[i].start, tokens[i].end - tokens[i].start));
        const std::string_view next =
            i + 1 == tokens.size() ? std::string_view() : std::string_view(text).substr(tokens[i + 1].start, tokens[i + 1].end - tokens[i + 1].start);
        // Only in lower case, as in the resolver ("Take That" is a name).
        bool ends_phrase = next.empty() || (std::islower(static_cast<unsigned char>(next[0])) && postmodifiers_.contains(next));
        if (ends_phrase && source_heads_.contains(word)) {
            head = i;
            break;
        }
    }
    if (head == tokens.size()) return source;
    std::size_t first = head;
    const std::size_t max_premodifiers = 4;
    while (first > 0 && head - first < max_premodifiers) {
        std::string_view previous = std::string_view(text).substr(tokens[first - 1].start, tokens[first - 1].end - tokens[first - 1].start);
        if (previous.ends_with(",") || strip_words_.contains(previous) || auxiliaries_.contains(previous) ||
            holds_reporting_verb(previous))
            break;
        --first;
    }
    source.start = tokens[first].start;
    return source;
}

// A right-of-reply phrase that still states something ("denied claims that the bridge was
// unsafe", "said in response that …") is an attribution too; one that declines to ("declined to
// comment", "did not respond to a request for comment") is not.
bool Attributor::says_something(std::string_view text, const FrameMatch& match) {
    if (match.content.empty()) return false;
    const std::string_view content = match.content.front().in(text);
    const std::string opening = ascii_lower(content.substr(0, std::min<std::size_t>(content.size(), 40)));
    return opening.find("comment") == std::string::npos && !opening.starts_with("to ") &&
           opening.find("request") == std::string::npos;
}

// The quotation that ends the sentence before `index` in the same block, if any.
std::optional<Span> Attributor::quote_ending_before(const Segmented& seg, std::size_t index,
                                                    const SentenceQuotes& quotes) const {
    if (index == 0) return std::nullopt;
    const Sentence& previous = seg.sentences[index - 1];
    if (previous.block != seg.sentences[index].block) return std::nullopt;
    for (const Quote& quote : quotes[index - 1])
        if (quote.depth == 0 && quote.closed && quote.span.end == previous.span.end) return quote.span;
    return std::nullopt;
}

// The whole paragraph after the one sentence `index` ends, when it is story text.
std::optional<Span> Attributor::paragraph_after(const Segmented& seg, std::size_t index) const {
    const std::size_t next = index + 1;
    if (next >= seg.sentences.size() || seg.sentences[next].block == seg.sentences[index].block ||
        !is_story_text(seg.sentences[next].kind))
        return std::nullopt;
    std::size_t last = next;
    while (last + 1 < seg.sentences.size() && seg.sentences[last + 1].block == seg.sentences[next].block) ++last;
    return Span{seg.sentences[next].span.start, seg.sentences[last].span.end};
}

// Cue frames: the general extractor for cue words (frames.hpp).
void Attributor::match_frames(std::string_view text, const Segmented& seg, std::size_t index,
                              const SentenceQuotes& quotes, std::vector<Candidate>& out) const {
    const Sentence& sentence = seg.sentences[index];
    std::vector<Token> tokens = tokenize_sentence(text, sentence.span, quotes[index]);
    frames_.prepare(text, tokens);
    std::vector<FrameMatch> matches = frames_.find(text, tokens, sentence.kind == BlockKind::Headline);
    if (matches.empty()) return;  // most sentences: no need to look for replies and reasons
    const std::vector<Span> replies = reply_spans(sentence.span.in(text));
    const std::vector<Span> anonymity = spans_of(*anonymity_re_, sentence.span.in(text));
    for (FrameMatch& match : matches) {
        if (match.quote_before) {
            auto quote = quote_ending_before(seg, index, quotes);
            if (!quote) continue;
            match.content.push_back(*quote);
        }
        if (match.text_after) {
            auto paragraph = paragraph_after(seg, index);
            if (!paragraph) continue;
            match.content.push_back(*paragraph);
        }
        // "Declined to comment" is recorded as a right of reply, not as a statement (see
        // says_something). "Speaking on condition of anonymity", "asked not to be named" explain
        // a source; they are not its statements.
        const std::size_t cue_at = match.cue.start - sentence.span.start;
        if (std::any_of(anonymity.begin(), anonymity.end(), [&](const Span& reason) { return reason.contains(cue_at); }))
            continue;
        if (std::any_of(replies.begin(), replies.end(), [&](const Span& reply) { return reply.contains(cue_at); }) &&
            !says_something(text, match))
            continue;
        Candidate candidate;
        candidate.priority = kFramePriority;
        candidate.form = match.form;
        candidate.id = "frame-" + match.frame;
        candidate.head = std::move(match.head);
        candidate.sentence = index;
        candidate.cue = match.cue;
        candidate.source = match.source;
        candidate.antecedent = match.antecedent;
        for (const Span& piece : match.content) {
            Span trimmed = trim_content(text, piece);
            if (!trimmed.empty()) candidate.content.push_back(trimmed);
        }
        out.push_back(std::move(candidate));
    }
}

void Attributor::keep_best(std::vector<Candidate>& candidates, const std::vector<Quote>& quotes,
                           std::vector<Attribution>& out) const {
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.priority > b.priority; });
    std::vector<Attribution> kept;
    for (auto& candidate : candidates) {
        // A cue inside quotation marks belongs to the quoted speaker: nested attributions are
        // the speaker's, not the story's.
        if (inside_any_quote(quotes, candidate.cue)) continue;
        if (candidate.source && inside_any_quote(quotes, *candidate.source)) continue;
        // Two readings of one cue, or a cue inside another's source: the first kept wins. A
        // relative clause inside a source is an attribution of its own ("Cruz, who has
        // proposed repealing it, said …").
        auto relative = [](const std::string& id) { return id == "frame-relative"; };
        bool clash = std::any_of(kept.begin(), kept.end(), [&](const Attribution& other) {
            if (other.cue.overlaps(candidate.cue)) return true;
            if (other.source && other.source->overlaps(candidate.cue)) return !relative(candidate.id);
            // "Cruz, whose finish was widely seen as a setback, said": an agentless phrase inside
            // a source describes the source and leaves its cue standing.
            return candidate.source && other.cue.overlaps(*candidate.source) && !relative(other.pattern) && other.source;
        });
        if (clash) continue;
        Attribution attribution;
        attribution.form = candidate.form;
        attribution.sentence = candidate.sentence;
        attribution.cue = candidate.cue;
        attribution.source = candidate.source;
        attribution.antecedent = candidate.antecedent;
        attribution.content = std::move(candidate.content);
        attribution.pattern = candidate.id;
        attribution.cue_lemma = candidate.head;
        kept.push_back(std::move(attribution));
    }
    for (auto& attribution : kept) out.push_back(std::move(attribution));
}

void Attributor::refine_form(Attribution& attribution, const Sentence& sentence,
                             const std::vector<Quote>& quotes) const {
    if (attribution.form == AttributionForm::Agentless || attribution.form == AttributionForm::AccordingTo) return;
    if (sentence.kind == BlockKind::Headline) {
        attribution.form = AttributionForm::Headline;
        return;
    }
    std::size_t content_bytes = 0, quoted_bytes = 0;
    for (const auto& piece : attribution.content) {
        content_bytes += piece.size();
        for (const auto& quote : quotes) {
            if (quote.depth != 0 || !quote.span.overlaps(piece)) continue;
            std::size_t start = std::max(quote.span.start, piece.start), end = std::min(quote.span.end, piece.end);
            quoted_bytes += end - start;
        }
    }
    if (quoted_bytes == 0 || content_bytes == 0) return;
    // Trailing punctuation outside the marks ("…," she said) does not make a quote mixed.
    attribution.form = quoted_bytes + 3 >= content_bytes ? AttributionForm::Direct : AttributionForm::Mixed;
}

// A sentence that is only a further quotation, right after a quoted attribution, continues it:
// `"…," he said. "…"` (and a quote carried on into the next paragraph).
void Attributor::add_continuations(std::string_view text, const Segmented& seg, const SentenceQuotes& quotes,
                                   std::vector<Attribution>& attributions) const {
    // Each sentence's first attribution, passing over a question put to someone unnamed ("When
    // asked about it, Lee said: …" carries on Lee): it names no speaker to carry on, and it is
    // no agentless statement either, which would stop the carrying.
    std::vector<int> by_sentence(seg.sentences.size(), -1);
    for (std::size_t i = 0; i < attributions.size(); ++i) {
        const Attribution& attribution = attributions[i];
        const bool unnamed_question = !attribution.source && attribution.form != AttributionForm::Agentless;
        if (by_sentence[attribution.sentence] < 0 && !unnamed_question) by_sentence[attribution.sentence] = static_cast<int>(i);
    }
    std::vector<Attribution> added;
    int previous = -1;  // attribution carried into the current sentence
    for (std::size_t i = 0; i < seg.sentences.size(); ++i) {
        const Sentence& sentence = seg.sentences[i];
        if (by_sentence[i] >= 0) {
            const Attribution& own = attributions[static_cast<std::size_t>(by_sentence[i])];
            // A quotation right after any attributed statement carries on the same speaker
            // (`Lee said the plan failed. "We tried everything."`).
            bool quoted = own.form != AttributionForm::Agentless;
            previous = quoted && own.source ? by_sentence[i] : -1;
            continue;
        }
        std::string_view s = sentence.span.in(text);
        const bool same_or_next_block = i > 0 && sentence.block <= seg.sentences[i - 1].block + 1;
        // A quotation continues when the sentence opens one, or sits inside one still open.
        const bool in_quote = starts_with_quote_mark(s) ||
                              std::any_of(quotes[i].begin(), quotes[i].end(), [&](const Quote& quote) {
                                  return quote.depth == 0 && (quote.span.start == sentence.span.start ||
                                                              quote.inner.contains(sentence.span.start));
                              });
        // Into the next paragraph, only a quotation carries on (the newspaper convention); after
        // a paraphrase, a quote set apart in its own block needs its own speaker.
        const AttributionForm before =
            previous >= 0 ? attributions[static_cast<std::size_t>(previous)].form : AttributionForm::Indirect;
        const bool quoted_before = before == AttributionForm::Direct || before == AttributionForm::Mixed;
        const bool same_block = i > 0 && sentence.block == seg.sentences[i - 1].block;
        if (previous < 0 || !in_quote || !same_or_next_block || (!same_block && !quoted_before)) {
            previous = -1;
            continue;
        }
        const Attribution& from = attributions[static_cast<std::size_t>(previous)];
        // "The Times reports:" took the whole next paragraph as its content already.
        if (std::any_of(from.content.begin(), from.content.end(),
                        [&](const Span& piece) { return piece.contains(sentence.span.start); }))
            continue;
        Attribution continuation = from;
        continuation.form = AttributionForm::Continuation;
        continuation.sentence = i;
        continuation.content.clear();
        // The quotation marks belong to the content, as in the sentence the quote started in.
        for (const auto& quote : quotes[i])
            if (quote.depth == 0 && sentence.span.contains(quote.span.start)) continuation.content.push_back(quote.span);
        if (continuation.content.empty()) continuation.content.push_back(sentence.span);
        continuation.relay = -1;
        added.push_back(std::move(continuation));
    }
    for (auto& attribution : added) attributions.push_back(std::move(attribution));
    std::stable_sort(attributions.begin(), attributions.end(), [](const Attribution& a, const Attribution& b) {
        return a.sentence != b.sentence ? a.sentence < b.sentence : a.cue.start < b.cue.start;
    });
}

// "According to Mr Moon's office, he said …": the speech attribution is relayed by the office.
void Attributor::link_relays(std::vector<Attribution>& attributions) const {
    for (std::size_t i = 0; i < attributions.size(); ++i) {
        const Attribution& relay = attributions[i];
        if (relay.form != AttributionForm::AccordingTo) continue;
        for (std::size_t j = 0; j < attributions.size(); ++j) {
            Attribution& inner = attributions[j];
            // Only "According to X, he said …": when the source's words come first and the office
            // is cited after them, the relay is explicit ("…, according to a readout").
            if (j == i || inner.sentence != relay.sentence || !inner.source || inner.cue.start < relay.cue.end) continue;
            if (inner.form == AttributionForm::AccordingTo || inner.form == AttributionForm::Agentless) continue;
            bool inside = std::any_of(relay.content.begin(), relay.content.end(),
                                      [&](const Span& piece) { return piece.contains(inner.cue); });
            if (inside) inner.relay = static_cast<int>(i);
        }
    }
}

std::vector<Attribution> Attributor::find(const Document& doc, const Segmented& seg) const {
    std::vector<Attribution> attributions;
    std::vector<Candidate> candidates;
    const SentenceQuotes quotes = quotes_by_sentence(seg);
    for (std::size_t i = 0; i < seg.sentences.size(); ++i) {
        const Sentence& sentence = seg.sentences[i];
        if (!is_story_text(sentence.kind)) continue;
        candidates.clear();
        match_sentence(doc.text, sentence, i, candidates);
        match_frames(doc.text, seg, i, quotes, candidates);
        std::size_t first = attributions.size();
        keep_best(candidates, quotes[i], attributions);
        // A quotation the sentence before ended can be this sentence's content ("Why?" she said),
        // and so can one that opens the next paragraph ("The Times reports:").
        std::vector<Quote> nearby_quotes = quotes[i];
        if (i > 0) nearby_quotes.insert(nearby_quotes.end(), quotes[i - 1].begin(), quotes[i - 1].end());
        if (i + 1 < quotes.size()) nearby_quotes.insert(nearby_quotes.end(), quotes[i + 1].begin(), quotes[i + 1].end());
        std::sort(attributions.begin() + static_cast<std::ptrdiff_t>(first), attributions.end(),
                  [](const Attribution& a, const Attribution& b) { return a.cue.start < b.cue.start; });
        for (std::size_t k = first; k < attributions.size(); ++k) {
            Attribution& attribution = attributions[k];
            refine_form(attribution, sentence, nearby_quotes);
            auto cls = cue_classes_.find(attribution.cue_lemma);
            attribution.cue_class = cls != cue_classes_.end() ? cls->second : std::string();
        }
    }
    add_continuations(doc.text, seg, quotes, attributions);
    link_relays(attributions);
    return attributions;
}

}  // namespace claimcheck
