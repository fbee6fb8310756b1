// Per-stage micro-benchmarks (Google Benchmark) on stories generated from the project's own
// samples, and a corpus mode for `make bench` that times each stage over a folder of texts:
//
//   claimcheck_bench [Google Benchmark flags]      stage by stage, MB/s of story text
//   claimcheck_bench --corpus DIR [--runs N]       median seconds and share of each stage over DIR
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include "analysis/attribute.hpp"
#include "analysis/claims.hpp"
#include "analysis/corroborate.hpp"
#include "analysis/resolve.hpp"
#include "checks/check.hpp"
#include "document/load.hpp"
#include "pipeline/pipeline.hpp"
#include "report/report.hpp"
#include "text/segment.hpp"
#include "../paragraphs.hpp"

namespace fs = std::filesystem;
using namespace claimcheck;
using claimcheck::testing::paragraphs_of;

namespace {

// Discards what is written: reports are timed without the cost of a device.
class NullBuffer : public std::streambuf {
protected:
    int overflow(int c) override { return c; }
    std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// `count` stories of about 2 KB, each a headline and paragraphs drawn from samples/ by a fixed
// linear congruential sequence, so every run measures the same text.
std::vector<std::string> generated_stories(std::size_t count) {
    std::vector<std::string> pool;
    std::vector<fs::path> samples;
    for (const auto& entry : fs::directory_iterator(fs::path(CLAIMCHECK_SOURCE_DIR) / "samples"))
        samples.push_back(entry.path());
    std::sort(samples.begin(), samples.end());
    for (const fs::path& sample : samples)
        for (std::string& paragraph : paragraphs_of(read_file(sample))) pool.push_back(std::move(paragraph));
    std::uint64_t state = 42;
    auto next = [&]() {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::size_t>(state >> 33);
    };
    std::vector<std::string> stories;
    for (std::size_t i = 0; i < count; ++i) {
        std::string story = "Story " + std::to_string(i + 1) + ": the council and the ferry\n\n";
        while (story.size() < 2000) story += pool[next() % pool.size()] + "\n\n";
        stories.push_back(std::move(story));
    }
    return stories;
}

// The generated stories after each stage, so a benchmark runs one stage on what it gets.
struct Corpus {
    const Engine& engine;
    std::vector<std::string> texts;
    std::vector<Document> docs;
    std::vector<Segmented> segmented;
    std::vector<Analysis> attributed, resolved, claimed, corroborated;
    std::vector<CheckedDocument> checked;
    std::size_t bytes = 0;

    Corpus(const Engine& engine_, std::vector<std::string> texts_) : engine(engine_), texts(std::move(texts_)) {
        const PipelineStages& stages = engine.stages();
        for (const std::string& text : texts) {
            bytes += text.size();
            docs.push_back(load_document("story.txt", text, InputFormat::Text));
            segmented.push_back(stages.segmenter->segment(docs.back()));
            Analysis analysis;
            analysis.attributions = stages.attributor->find(docs.back(), segmented.back());
            attributed.push_back(analysis);
            stages.resolver->resolve(docs.back(), segmented.back(), analysis);
            resolved.push_back(analysis);
            stages.claims->find(docs.back(), segmented.back(), analysis);
            claimed.push_back(analysis);
            stages.corroborator->corroborate(docs.back(), segmented.back(), analysis);
            corroborated.push_back(analysis);
            checked.push_back(engine.check(load_document("story.txt", text, InputFormat::Text)));
        }
    }
};

// Runs `stage(i)` on every story per iteration; `prepare(i)` (untimed) restores its input.
template <typename Prepare, typename Stage>
void run_stage(benchmark::State& state, const Corpus& corpus, Prepare&& prepare, Stage&& stage) {
    for (auto _ : state) {
        state.PauseTiming();
        for (std::size_t i = 0; i < corpus.docs.size(); ++i) prepare(i);
        state.ResumeTiming();
        for (std::size_t i = 0; i < corpus.docs.size(); ++i) stage(i);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(corpus.bytes));
}

void register_stage_benchmarks(Corpus& corpus) {
    const PipelineStages& stages = corpus.engine.stages();
    auto nothing = [](std::size_t) {};
    benchmark::RegisterBenchmark("load", [&corpus, nothing](benchmark::State& state) {
        run_stage(state, corpus, nothing, [&](std::size_t i) {
            benchmark::DoNotOptimize(load_document("story.txt", corpus.texts[i], InputFormat::Text));
        });
    });
    benchmark::RegisterBenchmark("segment", [&corpus, &stages, nothing](benchmark::State& state) {
        run_stage(state, corpus, nothing,
                  [&](std::size_t i) { benchmark::DoNotOptimize(stages.segmenter->segment(corpus.docs[i])); });
    });
    benchmark::RegisterBenchmark("attribute", [&corpus, &stages, nothing](benchmark::State& state) {
        run_stage(state, corpus, nothing, [&](std::size_t i) {
            benchmark::DoNotOptimize(stages.attributor->find(corpus.docs[i], corpus.segmented[i]));
        });
    });
    // The later stages change the analysis they are given: each starts from a fresh copy.
    auto analysis_stage = [&corpus](const char* name, const std::vector<Analysis>& input, auto stage) {
        benchmark::RegisterBenchmark(name, [&corpus, &input, stage](benchmark::State& state) {
            std::vector<Analysis> work(input.size());
            run_stage(state, corpus, [&](std::size_t i) { work[i] = input[i]; },
                      [&](std::size_t i) { stage(corpus.docs[i], corpus.segmented[i], work[i]); });
        });
    };
    analysis_stage("resolve", corpus.attributed,
                   [&stages](const Document& d, const Segmented& s, Analysis& a) { stages.resolver->resolve(d, s, a); });
    analysis_stage("claims", corpus.resolved,
                   [&stages](const Document& d, const Segmented& s, Analysis& a) { stages.claims->find(d, s, a); });
    analysis_stage("corroborate", corpus.claimed, [&stages](const Document& d, const Segmented& s, Analysis& a) {
        stages.corroborator->corroborate(d, s, a);
    });
    benchmark::RegisterBenchmark("checks", [&corpus, nothing](benchmark::State& state) {
        run_stage(state, corpus, nothing, [&](std::size_t i) {
            benchmark::DoNotOptimize(run_checks(
                CheckContext{corpus.docs[i], corpus.segmented[i], corpus.corroborated[i]}, corpus.engine.pack(),
                *corpus.engine.stages().check_lookups));
        });
    });
    for (const char* format : {"json", "text"}) {
        benchmark::RegisterBenchmark((std::string("report/") + format).c_str(), [&corpus, format](benchmark::State& state) {
            NullBuffer sink;
            std::ostream out(&sink);
            const ReportFormat parsed = *parse_report_format(format);
            for (auto _ : state) write_report(out, parsed, corpus.checked, corpus.engine.pack(), ReportOptions{});
            state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(corpus.bytes));
        });
    }
    // Start-up: the embedded pack compiled and every stage built, as each run of the CLI does.
    benchmark::RegisterBenchmark("startup", [](benchmark::State& state) {
        for (auto _ : state) {
            Engine engine(load_builtin_pack());
            benchmark::DoNotOptimize(&engine);
        }
    })->Unit(benchmark::kMillisecond);
}

// ---- corpus mode ------------------------------------------------------------------------------

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

int time_corpus(const fs::path& dir, int runs) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::vector<std::string> texts;
    std::size_t bytes = 0;
    for (const fs::path& file : files) {
        texts.push_back(read_file(file));
        bytes += texts.back().size();
    }
    const Engine engine(load_builtin_pack());
    NullBuffer sink;
    std::ostream out(&sink);
    std::vector<std::vector<double>> samples(8);
    for (int run = 0; run < runs; ++run) {
        StageTimes times;
        std::vector<CheckedDocument> checked;
        double load = 0;
        for (std::size_t i = 0; i < texts.size(); ++i) {
            const auto start = std::chrono::steady_clock::now();
            Document doc = load_document(files[i].string(), texts[i], input_format_for_path(files[i].string()));
            load += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            checked.push_back(engine.check(std::move(doc), times));
        }
        const auto start = std::chrono::steady_clock::now();
        write_report(out, ReportFormat::Json, checked, engine.pack(), ReportOptions{});
        const double report = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const double stage[] = {load, times.segment, times.attribute, times.resolve, times.claims,
                                times.corroborate, times.checks, report};
        for (std::size_t s = 0; s < samples.size(); ++s) samples[s].push_back(stage[s]);
    }
    const char* names[] = {"load", "segment", "attribute", "resolve", "claims", "corroborate", "checks", "report (json)"};
    double total = 0;
    for (const auto& stage : samples) total += median(stage);
    std::cout << files.size() << " files, " << bytes << " bytes; median of " << runs << " runs per stage\n";
    for (std::size_t s = 0; s < samples.size(); ++s) {
        const double seconds = median(samples[s]);
        std::printf("  %-14s %8.3f s  %5.1f%%  %7.1f MB/s\n", names[s], seconds, 100 * seconds / total,
                    seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0);
    }
    std::printf("  %-14s %8.3f s  100.0%%  %7.1f MB/s\n", "all stages", total, static_cast<double>(bytes) / 1e6 / total);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::string(argv[i]) != "--corpus") continue;
        int runs = 5;
        for (int j = 1; j + 1 < argc; ++j)
            if (std::string(argv[j]) == "--runs") runs = std::max(1, std::atoi(argv[j + 1]));
        return time_corpus(argv[i + 1], runs);
    }
    const Engine engine(load_builtin_pack());
    Corpus corpus(engine, generated_stories(200));
    register_stage_benchmarks(corpus);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
