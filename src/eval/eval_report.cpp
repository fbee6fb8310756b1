#include "eval/eval_report.hpp"

#include <cmath>
#include <ostream>
#include <string_view>

#include <fmt/format.h>

#include "report/excerpt.hpp"

namespace claimcheck {

using nlohmann::ordered_json;

namespace {

// --- text -------------------------------------------------------------------------------------

std::string percent_columns(const Counts& counts) {
    return fmt::format("{:7.1f}{:7.1f}{:7.1f}", 100 * counts.precision(), 100 * counts.recall(), 100 * counts.f1());
}

void write_table(std::ostream& out, const Scores& scores) {
    std::string titles = fmt::format("{:<9}{:^21}   {:^21}", "", "exact", "overlap");
    titles.erase(titles.find_last_not_of(' ') + 1);  // no trailing blanks for diffs to trip on
    out << titles << '\n';
    out << fmt::format("{:<9}{:>7}{:>7}{:>7}   {:>7}{:>7}{:>7}\n", "", "P", "R", "F1", "P", "R", "F1");
    const std::pair<std::string_view, const SpanCounts*> rows[] = {
        {"cue", &scores.cue}, {"source", &scores.source}, {"content", &scores.content}};
    for (const auto& [name, counts] : rows)
        out << fmt::format("{:<9}{}   {}\n", name, percent_columns(counts->exact), percent_columns(counts->overlap));
    out << fmt::format("{:<9}{}   {}\n", "link", percent_columns(scores.link_exact), percent_columns(scores.link));
}

std::string count_of(std::size_t count, std::string_view singular, std::string_view plural) {
    return std::to_string(count) + ' ' + std::string(count == 1 ? singular : plural);
}

void write_counts(std::ostream& out, const std::string& gold_path, const Scores& scores) {
    out << fmt::format("{}: {}, {}, {}\n\n", gold_path, count_of(scores.articles, "article", "articles"),
                       count_of(scores.gold_attributions, "gold attribution", "gold attributions"),
                       count_of(scores.predicted_attributions, "predicted attribution", "predicted attributions"));
    write_table(out, scores);
    out << fmt::format("\nlink: {} matched, {} missed, {}\n", scores.link.tp, scores.link.fn,
                       count_of(scores.link.fp, "false alarm", "false alarms"));
    out << "(percent, micro-averaged; an attribution links when its cue and its source both match)\n";
}

// The unattributed-claim line: how often it flags, and how often the flagged sentence was in
// fact attributed (it holds a gold attribution's content).
void write_claim_flags(std::ostream& out, const EvalResult& result) {
    const ClaimFlagCounts& flags = result.claim_flags;
    out << fmt::format("\nunattributed-claim: {} ({:.1f} per 1,000 words)", count_of(flags.flags, "flag", "flags"),
                       flags.per_thousand_words());
    if (flags.annotated_flags > 0)
        out << fmt::format("; {} of {} in annotated articles ({:.1f}%) overlap a gold attribution's content, "
                           "{} ({:.1f}%) lie half or more inside it",
                           flags.in_gold_content, flags.annotated_flags, 100 * flags.gold_content_rate(),
                           flags.mostly_in_gold_content, 100 * flags.mostly_in_gold_content_rate());
    out << '\n';
    if (result.unannotated > 0)
        out << fmt::format("({} not annotated: counted for the flag rate only)\n",
                           count_of(result.unannotated, "article", "articles"));
}

// `cue "said" [10,14]`, pieces joined by " + ", or `source -` when there is none.
std::string role_text(std::string_view role, const std::vector<ShownSpan>& pieces) {
    std::string out(role);
    if (pieces.empty()) return out + " -";
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        out += i == 0 ? " " : " + ";
        out += fmt::format("\"{}\" [{},{}]", printable_line(clipped(pieces[i].text, kMaxContextBytes)),
                           pieces[i].span.start, pieces[i].span.end);
    }
    return out;
}

void write_attribution(std::ostream& out, std::string_view label, const ShownAttribution& attribution) {
    out << fmt::format("   {:<10} {}; {}; {}\n", label, role_text("cue", attribution.cue),
                       role_text("source", attribution.source), role_text("content", attribution.content));
}

struct ExampleList {
    std::string_view title;
    std::size_t total = 0;
    std::string_view own_label, other_label;  // "gold" / "predicted", or the reverse
};

void write_examples(std::ostream& out, const ExampleList& list, const std::vector<ErrorExample>& examples) {
    out << fmt::format("\n{}: {} of {} shown\n", list.title, examples.size(), list.total);
    for (std::size_t i = 0; i < examples.size(); ++i) {
        const ErrorExample& example = examples[i];
        out << fmt::format("{}. {}, line {}\n   | {}\n", i + 1, example.article, example.line,
                           printable_line(example.context));
        write_attribution(out, list.own_label, example.attribution);
        for (const ShownAttribution& other : example.nearby) write_attribution(out, list.other_label, other);
        if (example.nearby.empty()) out << fmt::format("   {:<10} (none on this line)\n", list.other_label);
    }
}

// --- JSON -------------------------------------------------------------------------------------

double rounded(double ratio) { return std::round(ratio * 10000) / 10000; }

ordered_json counts_json(const Counts& counts) {
    ordered_json out;
    out["tp"] = counts.tp;
    out["fp"] = counts.fp;
    out["fn"] = counts.fn;
    out["precision"] = rounded(counts.precision());
    out["recall"] = rounded(counts.recall());
    out["f1"] = rounded(counts.f1());
    return out;
}

ordered_json span_counts_json(const SpanCounts& counts) {
    ordered_json out;
    out["exact"] = counts_json(counts.exact);
    out["overlap"] = counts_json(counts.overlap);
    return out;
}

ordered_json pieces_json(const std::vector<ShownSpan>& pieces) {
    ordered_json out = ordered_json::array();
    for (const ShownSpan& piece : pieces)
        out.push_back({{"text", piece.text}, {"start", piece.span.start}, {"end", piece.span.end}});
    return out;
}

ordered_json attribution_json(const ShownAttribution& attribution) {
    ordered_json out;
    out["cue"] = pieces_json(attribution.cue);
    out["source"] = pieces_json(attribution.source);
    out["content"] = pieces_json(attribution.content);
    return out;
}

// A miss keeps its own attribution under "gold" and the nearby ones under "predicted"; a false
// alarm the other way round, so that the keys always say which side a span comes from.
ordered_json examples_json(const std::vector<ErrorExample>& examples, const char* own_key, const char* other_key) {
    ordered_json out = ordered_json::array();
    for (const ErrorExample& example : examples) {
        ordered_json item;
        item["article"] = example.article;
        item["line"] = example.line;
        item["context"] = example.context;
        item[own_key] = attribution_json(example.attribution);
        item[other_key] = ordered_json::array();
        for (const ShownAttribution& other : example.nearby) item[other_key].push_back(attribution_json(other));
        out.push_back(std::move(item));
    }
    return out;
}

}  // namespace

void write_eval_text(std::ostream& out, const std::string& gold_path, const EvalResult& result, bool with_errors) {
    write_counts(out, gold_path, result.scores);
    write_claim_flags(out, result);
    if (!with_errors) return;
    write_examples(out, {"Misses (gold attributions with no link match)", result.scores.link.fn, "gold", "predicted"},
                   result.errors.misses);
    write_examples(out,
                   {"False alarms (predicted attributions with no link match)", result.scores.link.fp, "predicted",
                    "gold"},
                   result.errors.false_alarms);
}

ordered_json eval_json(const std::string& gold_path, const EvalResult& result, bool with_errors) {
    const Scores& scores = result.scores;
    ordered_json out;
    out["version"] = kEvalReportVersion;
    out["gold"] = gold_path;
    out["articles"] = scores.articles;
    out["gold_attributions"] = scores.gold_attributions;
    out["predicted_attributions"] = scores.predicted_attributions;
    out["cue"] = span_counts_json(scores.cue);
    out["source"] = span_counts_json(scores.source);
    out["content"] = span_counts_json(scores.content);
    out["link"] = counts_json(scores.link);
    out["link_exact"] = counts_json(scores.link_exact);
    const ClaimFlagCounts& flags = result.claim_flags;
    out["unannotated_articles"] = result.unannotated;
    out["unattributed_claim"] = {{"flags", flags.flags},
                                 {"words", flags.words},
                                 {"per_1000_words", rounded(flags.per_thousand_words() / 1000) * 1000},
                                 {"annotated_flags", flags.annotated_flags},
                                 {"in_gold_content", flags.in_gold_content},
                                 {"gold_content_rate", rounded(flags.gold_content_rate())},
                                 {"mostly_in_gold_content", flags.mostly_in_gold_content},
                                 {"mostly_in_gold_content_rate", rounded(flags.mostly_in_gold_content_rate())}};
    if (with_errors) {
        out["errors"]["misses"] = examples_json(result.errors.misses, "gold", "predicted");
        out["errors"]["false_alarms"] = examples_json(result.errors.false_alarms, "predicted", "gold");
    }
    return out;
}

}  // namespace claimcheck
