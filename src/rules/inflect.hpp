// English verb inflection for lexicons marked `inflect: verb`: one entry written by hand ("warn",
// "tell|told", "point out") stands for every form a reporter may use, so patterns match "warns",
// "warned", "warning" without anyone listing them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::rules {

// What is wrong with an entry's `base|past|participle` notation, or "" when it is well formed.
std::string verb_entry_problem(std::string_view entry);

// The forms of a well-formed entry, without duplicates, in the order: base, third person
// singular, past, past participle, present participle (British and American spellings both, for
// verbs like "signal" → signalled, signaled). Regular forms follow English spelling rules
// (deny → denies, denied; admit → admitted; argue → argued, arguing); irregular past forms are
// written out ("write|wrote|written"; the participle defaults to the past). In a multi-word entry
// only the first word inflects: "point out" → "points out", "pointed out", "pointing out".
std::vector<std::string> verb_forms(std::string_view entry);

}  // namespace claimcheck::rules
