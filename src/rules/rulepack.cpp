#include "rules/rulepack.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "rules/embedded.hpp"
#include "rules/pack_compiler.hpp"
#include "rules/pack_parser.hpp"
#include "rules/pack_snapshot.hpp"

namespace claimcheck {

const char* severity_name(Severity severity) {
    switch (severity) {
        case Severity::Info: return "info";
        case Severity::Warning: return "warning";
        case Severity::Error: return "error";
    }
    return "warning";
}

std::optional<Severity> parse_severity(const std::string& name) {
    if (name == "info") return Severity::Info;
    if (name == "warning") return Severity::Warning;
    if (name == "error") return Severity::Error;
    return std::nullopt;
}

const Lexicon* RulePack::lexicon(const std::string& name) const {
    const auto found = lexicons.find(name);
    return found == lexicons.end() ? nullptr : &found->second;
}

const Check* RulePack::check(const std::string& id) const {
    const auto found = std::find_if(checks.begin(), checks.end(), [&](const Check& c) { return c.id == id; });
    return found == checks.end() ? nullptr : &*found;
}

Check* RulePack::check(const std::string& id) {
    return const_cast<Check*>(static_cast<const RulePack&>(*this).check(id));
}

PendingSet::PendingSet(std::unique_ptr<RE2::Set> set) {
    std::promise<std::unique_ptr<RE2::Set>> ready;
    ready.set_value(std::move(set));
    set_ = ready.get_future().share();
}

const CompiledPattern& PatternRegex::get() const {
    std::call_once(once_, [this] { compiled_ = rules::compile_pattern(expanded_); });
    return compiled_;
}

namespace {

RulePack compile_sources(const std::string& name, rules::PackSources sources, const rules::PackExtension* extension,
                         PackValidation validation,
                         rules::PatternCompilation compilation = rules::PatternCompilation::WithPack) {
    if (extension) rules::extend_pack(sources, *extension);
    return rules::compile_pack(name, std::move(sources), validation, compilation);
}

}  // namespace

RulePack load_rule_pack(const std::string& name, const std::vector<RuleFile>& files,
                        const rules::PackExtension* extension, PackValidation validation) {
    return compile_sources(name, rules::parse_rule_files(files), extension, validation);
}

namespace {

bool is_rule_file_name(const std::filesystem::path& path) {
    const std::string file = path.filename().string();
    const std::string extension = path.extension().string();
    return !file.empty() && file.front() != '.' && (extension == ".yml" || extension == ".yaml");
}

std::string read_rule_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    if (in) text << in.rdbuf();
    if (!in || in.bad()) throw UserError(Location{path.string()}, "cannot read this rule file; check its permissions");
    return text.str();
}

// Whether every top-level key of a YAML file (a line that starts with a letter and holds a
// colon) is `section`: a look at the text, so that such a file need not be parsed at all.
bool holds_only(std::string_view text, std::string_view section) {
    bool found = false;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t end = std::min(text.find('\n', at), text.size());
        const std::string_view line = text.substr(at, end - at);
        at = end + 1;
        if (line.empty() || !std::isalpha(static_cast<unsigned char>(line[0]))) continue;
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos || line.substr(0, colon) != section) return false;
        found = true;
    }
    return found;
}

}  // namespace

std::vector<RuleFile> read_rule_pack_dir(const std::string& dir) {
    namespace fs = std::filesystem;
    std::error_code error;
    if (!fs::is_directory(dir, error))
        throw UserError(Location{dir}, fs::exists(dir, error)
                                           ? "not a folder: --rules takes a folder of *.yml rule files"
                                           : "rule folder not found: check the path given to --rules");
    std::vector<fs::path> paths;
    for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error))
        if (is_rule_file_name(it->path()) && it->is_regular_file(error)) paths.push_back(it->path());
    if (error) throw UserError(Location{dir}, "cannot list the rule folder: " + error.message());
    if (paths.empty())
        throw UserError(Location{dir}, "the rule folder has no *.yml or *.yaml files; a rule pack needs at least one");
    std::sort(paths.begin(), paths.end());
    std::vector<RuleFile> files;
    for (const fs::path& path : paths) files.push_back(RuleFile{path.string(), read_rule_file(path)});
    return files;
}

RulePack load_rule_pack_dir(const std::string& dir) {
    namespace fs = std::filesystem;
    const std::vector<RuleFile> files = read_rule_pack_dir(dir);
    const std::string name = fs::path(dir).lexically_normal().filename().string();
    return load_rule_pack(name.empty() ? fs::path(dir).lexically_normal().parent_path().filename().string() : name, files);
}

std::vector<RuleFile> builtin_rule_files(PackValidation validation) {
    std::vector<RuleFile> files;
    for (const EmbeddedFile& file : embedded_rule_files()) {
        // Checking a draft needs no attribution examples; the tests read them in full.
        if (validation == PackValidation::SkipUnusedFragments && holds_only(file.text, "attribution-examples")) continue;
        files.push_back(RuleFile{"rules/en/" + std::string(file.name), std::string(file.text)});
    }
    return files;
}

RulePack load_builtin_pack(PackValidation validation, const rules::PackExtension* extension) {
    // The build parsed these files already (tools/pack_snapshot.cpp): reading its snapshot is
    // much quicker than reading their YAML again. Full validation reads the YAML itself.
    // The test suite compiles every pattern of these files, so their patterns may wait until a
    // draft needs them; a config's words make lexicons longer, and may make a pattern too large
    // to compile, which must be reported before checking starts.
    const std::string_view snapshot = rules::embedded_pack_snapshot();
    if (validation == PackValidation::SkipUnusedFragments && !snapshot.empty())
        return compile_sources("en", rules::read_pack_snapshot(snapshot), extension, validation,
                               extension ? rules::PatternCompilation::WithPack : rules::PatternCompilation::OnFirstUse);
    return load_rule_pack("en", builtin_rule_files(validation), extension, validation);
}

}  // namespace claimcheck
