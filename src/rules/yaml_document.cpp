#include "rules/yaml_document.hpp"

#include <optional>
#include <sstream>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

namespace claimcheck::rules {

namespace {

// Follows the documents of a YAML stream as yaml-cpp parses it, without building any node:
// where the first value after the first document is, and whether a document started where the
// one before it did (the parser has stopped moving and would go on forever).
class DocumentWatcher : public YAML::EventHandler {
public:
    const std::optional<YAML::Mark>& later_value() const { return later_value_; }
    const std::optional<YAML::Mark>& stalled_at() const { return stalled_at_; }

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (documents_ > 0 && mark.pos == last_start_) stalled_at_ = mark;
        last_start_ = mark.pos;
        ++documents_;
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}  // an empty document reads as null
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { saw_value(mark); }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t, const std::string&) override { saw_value(mark); }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
        saw_value(mark);
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
        saw_value(mark);
    }
    void OnMapEnd() override {}

private:
    void saw_value(const YAML::Mark& mark) {
        if (documents_ > 1 && !later_value_) later_value_ = mark;
    }

    int documents_ = 0;
    int last_start_ = -1;
    std::optional<YAML::Mark> later_value_;
    std::optional<YAML::Mark> stalled_at_;
};

// Checks the documents after the first, one at a time, stopping at the first problem.
void check_later_documents(const SourceText& source, const std::string& text) {
    std::istringstream in(text);
    YAML::Parser parser(in);
    DocumentWatcher watcher;
    while (parser.HandleNextDocument(watcher)) {
        if (watcher.stalled_at())
            throw UserError(source.at(*watcher.stalled_at()),
                            "invalid YAML: nothing can be read from here on (a ',' or ':' out of place?): fix this line");
        if (watcher.later_value())
            throw UserError(source.at(*watcher.later_value()),
                            "a rule file holds one YAML document: remove the '---' line or split the file");
    }
}

}  // namespace

YAML::Node load_one_document(const SourceText& source, const std::string& text) {
    check_later_documents(source, text);
    return YAML::Load(text);  // parses the first document only
}

}  // namespace claimcheck::rules
