#include "checks/suppressions.hpp"

#include "checks/check.hpp"

#include <algorithm>
#include <optional>
#include <sstream>
#include <string_view>

namespace claimcheck {

namespace {

enum class Directive { NextLine, Disable, Enable };

struct Suppression {
    Directive directive = Directive::Disable;
    std::string id;
    const SourceComment* comment = nullptr;
    std::size_t from = 0, to = 0;  // original bytes it covers (ranges)
    int line = 0;                  // the line it covers (next-line)
    bool used = false;
};

std::optional<Directive> directive_named(std::string_view word) {
    if (word == "claimcheck-disable-next-line") return Directive::NextLine;
    if (word == "claimcheck-disable") return Directive::Disable;
    if (word == "claimcheck-enable") return Directive::Enable;
    return std::nullopt;
}

// The words of a comment; ids may be separated by blanks or commas.
std::vector<std::string> words_of(const std::string& text) {
    std::string spaced = text;
    std::replace(spaced.begin(), spaced.end(), ',', ' ');
    std::istringstream in(spaced);
    std::vector<std::string> words;
    for (std::string word; in >> word;) words.push_back(word);
    return words;
}

// The first line after `offset`'s line that has something other than blanks on it.
int next_text_line(const Document& doc, std::size_t offset) {
    const std::string& s = doc.original;
    std::size_t at = s.find('\n', offset);
    while (at != std::string::npos) {
        const std::size_t line_start = at + 1;
        const std::size_t line_end = std::min(s.find('\n', line_start), s.size());
        if (s.find_first_not_of(" \t\r", line_start) < line_end) return doc.map.position_of_original(line_start).line;
        at = s.find('\n', line_start);
    }
    return 0;
}

// Where a finding about a comment goes: the analysed text that comes right after it.
std::size_t text_after(const Document& doc, std::size_t original_end) {
    for (const SourceMap::Piece& piece : doc.map.pieces())
        if (piece.original_start >= original_end) return piece.text_start;
    return doc.text.size();
}

std::size_t sentence_at(const Segmented& seg, std::size_t offset) {
    for (std::size_t i = 0; i < seg.sentences.size(); ++i)
        if (seg.sentences[i].span.end > offset) return i;
    return seg.sentences.empty() ? 0 : seg.sentences.size() - 1;
}

class SuppressionReader {
public:
    SuppressionReader(const Document& doc, const Segmented& seg, const RulePack& pack)
        : doc_(doc), seg_(seg), pack_(pack) {}

    void read() {
        for (const SourceComment& comment : doc_.comments) read_comment(comment);
        for (Suppression& open : open_) open.to = doc_.original.size();  // a disable never enabled runs to the end
        active_.insert(active_.end(), open_.begin(), open_.end());
    }

    bool suppresses(const Finding& finding) {
        const std::size_t byte = doc_.map.original_offset(finding.span.start);
        const int line = doc_.map.position_of_original(byte).line;
        bool hit = false;
        for (Suppression& s : active_) {
            if (s.id != finding.rule) continue;
            const bool covers = s.directive == Directive::NextLine ? s.line == line : byte >= s.from && byte < s.to;
            if (covers) s.used = hit = true;
        }
        return hit;
    }

    void add_unused() {
        for (const Suppression& s : active_)
            if (!s.used) add(*s.comment, kUnusedSuppression, Severity::Info,
                             "Unused suppression: no '" + s.id + "' finding to silence (" + where(*s.comment) + "): remove it");
    }

    std::vector<Finding>& own() { return own_; }

private:
    void read_comment(const SourceComment& comment) {
        const std::vector<std::string> words = words_of(comment.text);
        if (words.empty() || words[0].rfind("claimcheck-", 0) != 0) return;  // someone else's comment
        const std::optional<Directive> directive = directive_named(words[0]);
        if (!directive) {
            invalid(comment, "'" + words[0] + "' is not a claimcheck directive (use claimcheck-disable-next-line, "
                             "claimcheck-disable or claimcheck-enable)");
            return;
        }
        if (words.size() == 1) invalid(comment, words[0] + " names no check: add the id of the check to silence");
        for (std::size_t i = 1; i < words.size(); ++i) {
            if (!pack_.check(words[i])) {
                invalid(comment, "'" + words[i] + "' is not a check id: use one from `claimcheck rules list`");
                continue;
            }
            add_directive(*directive, words[i], comment);
        }
    }

    void add_directive(Directive directive, const std::string& id, const SourceComment& comment) {
        if (directive == Directive::NextLine) {
            active_.push_back(Suppression{directive, id, &comment, 0, 0, next_text_line(doc_, comment.original_end)});
            return;
        }
        if (directive == Directive::Disable) {
            open_.push_back(Suppression{directive, id, &comment, comment.original_end, 0, 0});
            return;
        }
        const auto open = std::find_if(open_.begin(), open_.end(), [&](const Suppression& s) { return s.id == id; });
        if (open == open_.end()) {
            invalid(comment, "claimcheck-enable " + id + " has no claimcheck-disable " + id + " before it: remove it");
            return;
        }
        open->to = comment.original_start;
        active_.push_back(*open);
        open_.erase(open);
    }

    std::string where(const SourceComment& comment) const {
        const Position at = doc_.map.position_of_original(comment.original_start);
        return "comment at " + std::to_string(at.line) + ":" + std::to_string(at.column);
    }

    void invalid(const SourceComment& comment, const std::string& why) {
        add(comment, kInvalidSuppression, Severity::Error, "Invalid suppression (" + where(comment) + "): " + why);
    }

    void add(const SourceComment& comment, const char* rule, Severity severity, std::string message) {
        const std::size_t at = text_after(doc_, comment.original_end);
        Finding finding;
        finding.rule = rule;
        finding.severity = severity;
        finding.message = std::move(message);
        finding.span = Span{at, at};
        finding.sentence = sentence_at(seg_, at);
        own_.push_back(std::move(finding));
    }

    const Document& doc_;
    const Segmented& seg_;
    const RulePack& pack_;
    std::vector<Suppression> active_;  // next-line ones and closed ranges
    std::vector<Suppression> open_;    // ranges waiting for their enable
    std::vector<Finding> own_;
};

}  // namespace

void apply_suppressions(const Document& doc, const Segmented& seg, const RulePack& pack, std::vector<Finding>& findings) {
    if (doc.comments.empty()) return;
    SuppressionReader reader(doc, seg, pack);
    reader.read();
    std::erase_if(findings, [&](const Finding& finding) { return reader.suppresses(finding); });
    reader.add_unused();
    findings.insert(findings.end(), reader.own().begin(), reader.own().end());
    sort_findings(findings);
}

}  // namespace claimcheck
