// The verb forms an `inflect: verb` lexicon entry expands into.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "rules/inflect.hpp"

using claimcheck::rules::verb_entry_problem;
using claimcheck::rules::verb_forms;
using Forms = std::vector<std::string>;

TEST_CASE("rules: regular and irregular verbs inflect into all their forms") {
    CHECK(verb_forms("say|said") == Forms{"say", "says", "said", "saying"});
    CHECK(verb_forms("tell|told") == Forms{"tell", "tells", "told", "telling"});
    CHECK(verb_forms("write|wrote|written") == Forms{"write", "writes", "wrote", "written", "writing"});
    CHECK(verb_forms("admit") == Forms{"admit", "admits", "admitted", "admitting"});
    CHECK(verb_forms("deny") == Forms{"deny", "denies", "denied", "denying"});
    CHECK(verb_forms("argue") == Forms{"argue", "argues", "argued", "arguing"});
    CHECK(verb_forms("insist") == Forms{"insist", "insists", "insisted", "insisting"});
    CHECK(verb_forms("warn") == Forms{"warn", "warns", "warned", "warning"});
}

TEST_CASE("rules: multi-word entries inflect their first word") {
    CHECK(verb_forms("point out") == Forms{"point out", "points out", "pointed out", "pointing out"});
    CHECK(verb_forms("point   out") == Forms{"point out", "points out", "pointed out", "pointing out"});
    CHECK(verb_forms("lash out") == Forms{"lash out", "lashes out", "lashed out", "lashing out"});
    CHECK(verb_forms("hit out|hit|hit") == Forms{"hit out", "hits out", "hitting out"});
    CHECK(verb_forms("speak out|spoke|spoken") ==
          Forms{"speak out", "speaks out", "spoke out", "spoken out", "speaking out"});
    CHECK(verb_forms("speak out|spoke out|spoken out") ==
          Forms{"speak out", "speaks out", "spoke out", "spoken out", "speaking out"});
}

TEST_CASE("rules: English spelling rules of regular verbs") {
    // Consonant doubling: one-syllable CVC verbs and stressed final syllables only.
    CHECK(verb_forms("stop") == Forms{"stop", "stops", "stopped", "stopping"});
    CHECK(verb_forms("quip") == Forms{"quip", "quips", "quipped", "quipping"});
    CHECK(verb_forms("refer") == Forms{"refer", "refers", "referred", "referring"});
    CHECK(verb_forms("occur") == Forms{"occur", "occurs", "occurred", "occurring"});
    CHECK(verb_forms("visit") == Forms{"visit", "visits", "visited", "visiting"});
    CHECK(verb_forms("limit") == Forms{"limit", "limits", "limited", "limiting"});
    CHECK(verb_forms("offer") == Forms{"offer", "offers", "offered", "offering"});
    CHECK(verb_forms("reveal") == Forms{"reveal", "reveals", "revealed", "revealing"});
    CHECK(verb_forms("fix") == Forms{"fix", "fixes", "fixed", "fixing"});
    CHECK(verb_forms("vow") == Forms{"vow", "vows", "vowed", "vowing"});
    // British and American spellings of an unstressed final -l.
    CHECK(verb_forms("signal") == Forms{"signal", "signals", "signalled", "signaled", "signalling", "signaling"});
    CHECK(verb_forms("control") == Forms{"control", "controls", "controlled", "controlling"});
    // -e, -ee, -ie, -y, -o, sibilants, -ic.
    CHECK(verb_forms("state") == Forms{"state", "states", "stated", "stating"});
    CHECK(verb_forms("agree") == Forms{"agree", "agrees", "agreed", "agreeing"});
    CHECK(verb_forms("lie") == Forms{"lie", "lies", "lied", "lying"});
    CHECK(verb_forms("reply") == Forms{"reply", "replies", "replied", "replying"});
    CHECK(verb_forms("convey") == Forms{"convey", "conveys", "conveyed", "conveying"});
    CHECK(verb_forms("echo") == Forms{"echo", "echoes", "echoed", "echoing"});
    CHECK(verb_forms("stress") == Forms{"stress", "stresses", "stressed", "stressing"});
    CHECK(verb_forms("reach") == Forms{"reach", "reaches", "reached", "reaching"});
    CHECK(verb_forms("panic") == Forms{"panic", "panics", "panicked", "panicking"});
}

TEST_CASE("rules: the base|past|participle notation is checked") {
    CHECK(verb_entry_problem("say") == "");
    CHECK(verb_entry_problem("write|wrote|written") == "");
    CHECK(verb_entry_problem("a|b|c|d") ==
          "entry 'a|b|c|d' has 4 forms; write irregular verbs as base|past|participle (e.g. write|wrote|written)");
    CHECK(verb_entry_problem("say|") ==
          "entry 'say|' has an empty form; write irregular verbs as base|past|participle (e.g. write|wrote|written)");
}
