#include "analysis/resolve.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>

#include "common/span_index.hpp"

namespace claimcheck {

struct Resolver::Words {
    WordSet honorifics, courtesy, titles, female, male, anonymous, vague, organization, document, places,
        non_person, calendar, strip, rank, side, vague_quantifiers, heads, determiners, postmodifiers, affiliation, offices;
};

// What the words of one mention say about it, before it is linked to an entity.
struct Resolver::Profile {
    SourceKind kind = SourceKind::Unresolved;
    bool pronoun = false;
    bool second_reference = false;  // "Mr Moon", "Moon": needs an earlier full mention
    bool definite = false;          // "the official": may refer back to an earlier one
    bool plural = false;
    int gender = 0;                 // 0 unknown, 1 male, 2 female
    std::string word;               // the pronoun, lower-case
    std::string head;               // head noun, lower-case, singular
    std::string key;                // linking key for organisations and groups
    std::string display;            // entity name
    std::vector<std::string> name_tokens;  // persons: the name without titles
    std::string title;              // honorific or title before the name
    std::string place;              // canonical place named in the mention ("US officials")
    std::string possessor;          // "Mr Moon" in "Mr Moon's office"
    std::string owner_pronoun;      // "it" for "its general secretary", "she" for "her aide"
    std::string role;               // "leader" in "the council's leader, Helen Mbeki"
};

namespace {

bool is_capitalised(std::string_view word) {
    return !word.empty() && (std::isupper(static_cast<unsigned char>(word[0])) ||
                             static_cast<unsigned char>(word[0]) >= 0xC3);  // accented capitals
}

std::string singular(std::string word) {
    if (word.size() > 4 && word.ends_with("ies")) return word.substr(0, word.size() - 3) + "y";
    if (word.size() > 3 && word.ends_with("s") && !word.ends_with("ss")) return word.substr(0, word.size() - 1);
    return word;
}

// Splits "Mr Moon's office" into the possessor and what it possesses.
bool split_possessive(std::string_view text, std::string_view& owner, std::string_view& owned) {
    for (std::string_view mark : {"'s ", "’s ", "' ", "’ "}) {
        std::size_t at = text.find(mark);
        if (at == std::string_view::npos || at == 0) continue;
        owner = text.substr(0, at);
        owned = text.substr(at + mark.size());
        return !owned.empty();
    }
    return false;
}

// "prime minister" → "Prime Minister", to look a lower-case office up among the titles.
std::string title_case(std::string text) {
    bool start = true;
    for (char& c : text) {
        if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        start = c == ' ';
    }
    return text;
}

// Where an apposition starts: ", " or a spaced dash ("Mr Schroeder - a supporter of the pact -").
std::size_t apposition_at(std::string_view text, std::size_t& width) {
    std::size_t best = std::string_view::npos;
    for (std::string_view mark : {", ", " - ", " \u2013 ", " \u2014 "}) {
        std::size_t at = text.find(mark);
        if (at != std::string_view::npos && at > 0 && at < best) {
            best = at;
            width = mark.size();
        }
    }
    return best;
}

std::string join(const std::vector<std::string_view>& words, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to && i < words.size(); ++i) {
        if (!out.empty()) out += ' ';
        out += words[i];
    }
    return out;
}

}  // namespace

Resolver::Resolver(const RulePack& pack) : words_(std::make_unique<Words>()) {
    Words& w = *words_;
    w.honorifics = required_words(pack, "honorifics");
    w.courtesy = required_words(pack, "courtesy-titles");
    w.titles = required_words(pack, "titles");
    w.female = required_words(pack, "person-female");
    w.male = required_words(pack, "person-male");
    w.anonymous = required_words(pack, "anonymous-heads");
    w.vague = required_words(pack, "vague-heads");
    w.organization = required_words(pack, "org-heads");
    w.document = required_words(pack, "document-heads");
    w.places = required_words(pack, "places");
    w.non_person = required_words(pack, "non-person-words");
    w.calendar = required_words(pack, "calendar");
    w.strip = required_words(pack, "source-strip");
    w.rank = required_words(pack, "rank-words");
    w.side = required_words(pack, "side-words");
    w.vague_quantifiers = required_words(pack, "vague-quantifiers");
    w.heads = required_words(pack, "source-heads");
    w.determiners = required_words(pack, "mention-determiners");
    w.postmodifiers = required_words(pack, "source-postmodifiers");
    // Optional: a pack without it keeps every "experts at X" vague.
    if (const Lexicon* lexicon = pack.lexicon("affiliation-prepositions")) w.affiliation.add_lexicon(*lexicon);
    if (const Lexicon* lexicon = pack.lexicon("definite-offices")) w.offices.add_lexicon(*lexicon);
    // Kinds named in the pack's `sources.kinds` add their lexicons to the built-in roles.
    for (const auto& [kind, lexicons] : pack.sources.kind_lexicons)
        for (const auto& name : lexicons)
            if (const Lexicon* lexicon = pack.lexicon(name)) {
                if (kind == "vague") w.vague.add_lexicon(*lexicon);
                else if (kind == "anonymous") w.anonymous.add_lexicon(*lexicon);
                else if (kind == "organization") w.organization.add_lexicon(*lexicon);
                else if (kind == "document") w.document.add_lexicon(*lexicon);
            }
    RE2::Options options;
    options.set_log_errors(false);
    auto compile = [&](const std::string& fragment) {
        auto re = std::make_unique<RE2>(required_fragment(pack, fragment), options);
        if (!re->ok())
            throw UserError(Location{"rules/" + pack.name}, "fragment '" + fragment + "' is not a valid regex: " + re->error());
        return re;
    };
    mention_re_ = compile("mention");
    reason_re_ = compile("anonymity-reason");
    boilerplate_re_ = compile("anonymity-boilerplate");
    vantage_re_ = compile("vantage");
    for (const auto& [alias, canonical] : pack.sources.aliases) aliases_[ascii_lower(alias)] = canonical;
    for (const auto& [mention, side] : pack.sources.affiliations) affiliations_[ascii_lower(mention)] = side;
}

Resolver::~Resolver() = default;

// One resolution pass over one document.
class Resolver::Run {
public:
    Run(const Resolver& resolver, const Document& doc, const Segmented& seg, Analysis& analysis)
        : r_(resolver), w_(*resolver.words_), doc_(doc), seg_(seg), analysis_(analysis) {}

    void run();

private:
    struct Item {
        Span span;
        std::size_t sentence = 0;
        int attribution = -1;  // index when this mention is an attribution's source
    };

    std::string canonical(std::string_view name) const {
        auto it = r_.aliases_.find(ascii_lower(name));
        return it != r_.aliases_.end() ? it->second : std::string(name);
    }
    // Only in lower case: "Take That" is a name, "officials that …" a head and a clause.
    bool is_postmodifier(std::string_view word) const { return !is_capitalised(word) && w_.postmodifiers.contains(word); }
    bool is_place(std::string_view name) const {
        return w_.places.contains(name) || r_.aliases_.count(ascii_lower(name)) > 0;
    }
    Profile profile(std::string_view text) const;
    static std::string pronoun_of_possessive(const std::string& word);
    // The profile of a mention's text, worked out once per story ("Mr Blair" recurs).
    const Profile& known_profile(std::string_view text);
    void profile_name(const std::vector<std::string_view>& words, std::size_t first, Profile& p) const;
    int entity_for(const Item& item, const Profile& p);
    int link_person(const Profile& p) const;
    int link_by_key(const Profile& p) const;
    int resolve_pronoun(const Item& item, const Profile& p) const;
    bool compatible(const Entity& entity, const Profile& pronoun) const;
    int new_entity(const Profile& p);
    int organization_named_in(std::string_view mention, int self) const;
    void note_anonymity(int entity, std::size_t sentence, std::string_view mention);
    std::vector<Item> collect_items() const;
    void add_mention(std::vector<Item>& items, const SpanIndex& sources, Span span, std::size_t sentence) const;
    void compact();
    void merge_roles();

    const Resolver& r_;
    const Words& w_;
    const Document& doc_;
    const Segmented& seg_;
    Analysis& analysis_;
    std::vector<Profile> entity_profiles_;
    std::unordered_map<std::string_view, Profile> profiles_by_text_;  // views into the document
    // Entity ids (ascending) by what links a mention to them, so a story with thousands of
    // entities is not scanned whole for each mention.
    using IdIndex = std::unordered_map<std::string, std::vector<int>>;
    IdIndex by_name_token_, by_key_, by_head_, by_last_word_;
    static void index_id(IdIndex& index, const std::string& word, int id);
    void index_entity(int id);
    template <typename Accept>
    int latest_in(const IdIndex& index, const std::string& word, Accept&& accept) const;
    // Entity ids each sentence offers as antecedents: its speakers first, then other mentions.
    struct Offered {
        std::vector<int> speakers, others;
    };
    std::vector<Offered> by_sentence_;
    std::set<int> excluded_;                      // relays, not candidates for the relayed pronoun
};

void Resolver::Run::profile_name(const std::vector<std::string_view>& words, std::size_t first, Profile& p) const {
    // Leading titles, honorifics and places ("US President Donald Trump") describe the person.
    std::size_t i = first;
    for (; i < words.size(); ++i) {
        std::string_view word = words[i];
        if (i + 1 < words.size() && w_.titles.contains(std::string(word) + " " + std::string(words[i + 1]))) {
            p.title = std::string(word) + " " + std::string(words[i + 1]);
            ++i;
            continue;
        }
        if (w_.honorifics.contains(word) || w_.titles.contains(word)) {
            p.title = std::string(word);
            if (w_.female.contains(word)) p.gender = 2;
            if (w_.male.contains(word)) p.gender = 1;
            continue;
        }
        if (is_place(word) && i + 1 < words.size()) {
            p.place = canonical(word);
            continue;
        }
        // "council leader Helen Mbeki": lower-case words before the name describe the person.
        if (!is_capitalised(word) && i + 1 < words.size() && is_capitalised(words[i + 1])) continue;
        if (i + 1 < words.size() && is_place(std::string(word) + " " + std::string(words[i + 1])) && i + 2 < words.size()) {
            p.place = canonical(std::string(word) + " " + std::string(words[i + 1]));
            ++i;
            continue;
        }
        break;
    }
    for (std::size_t k = i; k < words.size(); ++k) {
        if (is_postmodifier(words[k]) && k > i) break;
        p.name_tokens.emplace_back(words[k]);
    }
    p.display = join(words, i, i + p.name_tokens.size());
}

Resolver::Profile Resolver::Run::profile(std::string_view text) const {
    // An apposition ("the council's leader, Helen Mbeki" or "Helen Mbeki, the council's
    // leader"): the named part is the source, the other part its role.
    std::size_t width = 0;
    std::size_t comma = apposition_at(text, width);
    if (comma != std::string_view::npos) {
        std::string_view rest = text.substr(comma + width);
        while (rest.ends_with(" -") || rest.ends_with(",")) rest.remove_suffix(rest.ends_with(",") ? 1 : 2);
        Profile first = profile(text.substr(0, comma)), second = profile(rest);
        bool second_named = second.kind == SourceKind::Person && !second.name_tokens.empty();
        bool first_named = first.kind == SourceKind::Person && !first.name_tokens.empty();
        Profile& named = second_named && !first_named ? second : first;
        const Profile& described = &named == &first ? second : first;
        if (&named == &second || first_named) {
            named.role = described.head;
            if (named.place.empty()) named.place = described.place;
        }
        return named;
    }
    Profile p;
    std::string lower = ascii_lower(text);
    if (lower == "he" || lower == "she" || lower == "they" || lower == "it" || lower == "we" || lower == "i") {
        p.pronoun = true;
        p.word = lower;
        p.gender = lower == "he" ? 1 : lower == "she" ? 2 : 0;
        p.plural = lower == "they" || lower == "we";
        return p;
    }
    std::string_view owner, owned;
    if (split_possessive(text, owner, owned)) p.possessor = std::string(owner);
    std::vector<std::string_view> words = split_words(p.possessor.empty() ? text : owned);
    std::size_t first = 0;
    while (first < words.size() && w_.determiners.contains(words[first])) {
        if (words[first] == "the" || words[first] == "The") p.definite = true;
        if (first == 0 && p.possessor.empty()) p.owner_pronoun = pronoun_of_possessive(ascii_lower(words[first]));
        ++first;
    }
    if (first >= words.size()) return p;
    // The head is the last word before a post-modifier ("people familiar with …").
    std::size_t head_at = words.size() - 1;
    for (std::size_t k = first + 1; k < words.size(); ++k)
        if (is_postmodifier(words[k])) {
            head_at = k - 1;
            break;
        }
    std::string head = ascii_lower(words[head_at]);
    std::string two = head_at > first ? ascii_lower(join(words, head_at - 1, head_at + 1)) : std::string();
    p.head = singular(head);
    // "a club spokeswoman": a gendered role noun decides which pronoun can refer to the source.
    if (w_.female.contains(head)) p.gender = 2;
    else if (w_.male.contains(head)) p.gender = 1;
    p.plural = head != p.head;
    std::string whole = join(words, first, words.size());
    std::string core = join(words, first, head_at + 1);
    for (std::size_t k = first; k < head_at; ++k)
        if (is_place(words[k])) p.place = canonical(words[k]);
    for (std::size_t k = first; k + 1 < head_at; ++k)
        if (is_place(join(words, k, k + 2))) p.place = canonical(join(words, k, k + 2));

    // "Experts" opening a sentence is still a common noun.
    // A common noun opening the sentence ("Ministers thought …") is capitalised by position only.
    const bool common_head = w_.vague.contains(head) || w_.anonymous.contains(head) || w_.document.contains(head) ||
                             (head_at == first && w_.heads.contains(head));
    // "The Observer", "the Times": a capital after a determiner is a name, whatever the word.
    const bool named_after_determiner = first > 0 && head_at == first && is_capitalised(words[head_at]) &&
                                        words[head_at].size() > 1 && !w_.anonymous.contains(head);
    // "the Health and Safety Executive": a capitalised head after another capitalised word of
    // the phrase (not its first) closes a name.
    const bool name_run = head_at > first && is_capitalised(words[head_at]) && is_capitalised(words[head_at - 1]);
    const bool capital_head = is_capitalised(words[head_at]) && (!common_head || named_after_determiner || name_run);
    if (is_place(core) || is_place(whole)) {
        p.kind = SourceKind::Organization;
        p.key = canonical(is_place(core) ? core : whole);
        p.display = p.key;
        return p;
    }
    if (!capital_head || !p.possessor.empty()) {
        // "researchers at Leeds University": a collective tied to a named organisation speaks
        // for it (STANDARDS.md ATTR-03 suppression), as "a Home Office spokesman" does.
        std::size_t after = head_at + 1;
        if (after + 1 < words.size() && w_.affiliation.contains(words[after]) && !is_capitalised(words[after])) {
            std::size_t named = words[after + 1] == "the" && after + 2 < words.size() ? after + 2 : after + 1;
            if (w_.vague.contains(head) && is_capitalised(words[named])) {
                p.kind = SourceKind::Organization;
                p.display = std::string(text);
                p.key = ascii_lower(whole);
                return p;
            }
        }
        // "CEA analysts", "IMF economists": a collective named after an organisation's acronym
        // speaks for it (a place, "US analysts", does not).
        if (w_.vague.contains(head) && head_at > first) {
            const std::string_view modifier = words[head_at - 1];
            const bool acronym = modifier.size() >= 2 && std::all_of(modifier.begin(), modifier.end(), [](char c) {
                return (c >= 'A' && c <= 'Z') || c == '&';
            });
            if (acronym && !is_place(modifier)) {
                p.kind = SourceKind::Organization;
                p.display = std::string(text);
                p.key = ascii_lower(whole);
                return p;
            }
        }
        if (w_.document.contains(head) || w_.document.contains(two)) p.kind = SourceKind::Document;
        // "the prime minister", "the home secretary": an office held by one identifiable person;
        // so is "the minister", "the courts minister" (definite-offices).
        else if (!two.empty() && w_.titles.contains(title_case(two))) p.kind = SourceKind::Person;
        else if (p.definite && !p.plural && p.possessor.empty() && w_.offices.contains(head)) p.kind = SourceKind::Person;
        else if (w_.vague.contains(head) && !w_.anonymous.contains(head)) p.kind = SourceKind::Vague;
        else if (w_.anonymous.contains(head) || w_.anonymous.contains(two)) {
            // "people familiar with the talks" are anonymous; plain "people" are a vague crowd.
            bool crowd = head == "people" && !RE2::PartialMatch(text, *r_.vantage_re_);
            p.kind = crowd ? SourceKind::Vague : SourceKind::Anonymous;
        } else if (w_.organization.contains(head) || w_.organization.contains(two)) p.kind = SourceKind::Organization;
        else if (w_.vague.contains(head)) p.kind = SourceKind::Vague;
        else p.kind = SourceKind::Person;  // "the coach": a person by role
        p.display = std::string(text);
        p.key = ascii_lower(p.possessor.empty() ? whole : p.possessor + "'s " + whole);
        return p;
    }
    // A proper name.
    if (w_.organization.contains(head) || w_.non_person.contains(words[head_at]) ||
        std::any_of(words.begin() + static_cast<std::ptrdiff_t>(first), words.end(),
                    [&](std::string_view word) { return w_.non_person.contains(word); })) {
        p.kind = SourceKind::Organization;
        p.key = canonical(whole);
        p.display = p.key;
        return p;
    }
    p.plural = false;  // "Reyes" is one person, whatever its last letter
    profile_name(words, first, p);
    if (!p.name_tokens.empty() && !is_capitalised(p.name_tokens.front())) {  // "the EU and …"
        p.kind = SourceKind::Organization;
        p.key = canonical(whole);
        p.display = p.key;
        p.name_tokens.clear();
        return p;
    }
    if (p.name_tokens.empty()) {  // a bare title: "the President"
        p.kind = SourceKind::Person;
        p.display = std::string(text);
        p.key = ascii_lower(whole);
        p.definite = true;
        return p;
    }
    p.kind = SourceKind::Person;
    // "Mr Moon" needs an earlier full mention; a bare "Moon" may be a first mention (US style).
    p.second_reference = p.name_tokens.size() == 1 && w_.courtesy.contains(p.title);
    return p;
}

const Resolver::Profile& Resolver::Run::known_profile(std::string_view text) {
    auto found = profiles_by_text_.find(text);
    if (found == profiles_by_text_.end()) found = profiles_by_text_.emplace(text, profile(text)).first;
    return found->second;
}

// The personal pronoun a possessive determiner stands for ("its" → "it"), or "" (the pronoun
// grammar compatible() reads, not a word list of the pack).
std::string Resolver::Run::pronoun_of_possessive(const std::string& word) {
    if (word == "its") return "it";
    if (word == "his") return "he";
    if (word == "her") return "she";
    if (word == "their") return "they";
    return "";
}

bool Resolver::Run::compatible(const Entity& entity, const Profile& pronoun) const {
    const Profile& p = entity_profiles_[static_cast<std::size_t>(&entity - analysis_.entities.data())];
    if (pronoun.word == "he" || pronoun.word == "she")
        return (entity.kind == SourceKind::Person || (entity.kind == SourceKind::Unresolved && !p.name_tokens.empty())) &&
               !entity.plural && (p.gender == 0 || p.gender == pronoun.gender);
    if (pronoun.word == "it")
        return (entity.kind == SourceKind::Organization || entity.kind == SourceKind::Document) && !entity.plural;
    if (pronoun.word == "they")
        return entity.kind == SourceKind::Organization || entity.plural;
    return false;
}

int Resolver::Run::resolve_pronoun(const Item& item, const Profile& p) const {
    if (p.word == "we" || p.word == "i") return -1;
    const std::size_t lookback = 5;
    for (std::size_t back = 0; back <= lookback && back <= item.sentence; ++back) {
        std::size_t sentence = item.sentence - back;
        for (const auto* list : {&by_sentence_[sentence].speakers, &by_sentence_[sentence].others})
            for (int id : *list) {
                if (excluded_.count(id)) continue;
                if (compatible(analysis_.entities[static_cast<std::size_t>(id)], p)) return id;
            }
    }
    return -1;
}

void Resolver::Run::index_id(IdIndex& index, const std::string& word, int id) {
    std::vector<int>& ids = index[word];
    auto at = std::lower_bound(ids.begin(), ids.end(), id);
    if (at == ids.end() || *at != id) ids.insert(at, id);
}

void Resolver::Run::index_entity(int id) {
    const Profile& p = entity_profiles_[static_cast<std::size_t>(id)];
    for (const std::string& token : p.name_tokens) index_id(by_name_token_, token, id);
    index_id(by_key_, p.key, id);
    if (!p.head.empty()) index_id(by_head_, p.head, id);
    const std::string& name = analysis_.entities[static_cast<std::size_t>(id)].name;
    if (std::size_t space = name.rfind(' '); space != std::string::npos)
        index_id(by_last_word_, singular(ascii_lower(name.substr(space + 1))), id);
}

// The highest id listed under `word` that `accept` takes, or -1.
template <typename Accept>
int Resolver::Run::latest_in(const IdIndex& index, const std::string& word, Accept&& accept) const {
    auto found = index.find(word);
    if (found == index.end()) return -1;
    for (auto it = found->second.rbegin(); it != found->second.rend(); ++it)
        if (accept(*it)) return *it;
    return -1;
}

int Resolver::Run::link_person(const Profile& p) const {
    // Among several Kims, the latest with the same title, else the latest of all. Only entities
    // named with the mention's first token can hold all of its tokens.
    int latest = -1, same_title = -1;
    auto candidates = by_name_token_.find(p.name_tokens.front());
    if (candidates == by_name_token_.end()) return -1;
    for (const int candidate : candidates->second) {
        const std::size_t id = static_cast<std::size_t>(candidate);
        const Profile& other = entity_profiles_[id];
        if (other.name_tokens.empty() || other.name_tokens.size() < p.name_tokens.size()) continue;
        bool all = std::all_of(p.name_tokens.begin(), p.name_tokens.end(), [&](const std::string& token) {
            return std::find(other.name_tokens.begin(), other.name_tokens.end(), token) != other.name_tokens.end();
        });
        if (!all) continue;
        latest = static_cast<int>(id);
        if (!p.title.empty() && other.title == p.title) same_title = static_cast<int>(id);
    }
    return same_title >= 0 ? same_title : latest;
}

// The latest entity of the same kind with the same key, or, for a definite mention, the latest
// one it can refer back to.
int Resolver::Run::link_by_key(const Profile& p) const {
    auto same_kind = [&](int id) { return analysis_.entities[static_cast<std::size_t>(id)].kind == p.kind; };
    int found = latest_in(by_key_, p.key, same_kind);
    if (!p.definite || p.head.empty()) return found;
    // "the club" after "Ashby Rugby Club"; "the ministry" after "the Foreign Ministry".
    if (p.kind == SourceKind::Organization && p.possessor.empty() && !is_place(p.display))
        found = std::max(found, latest_in(by_last_word_, p.head, same_kind));
    // "the official" refers back to "a senior official"; "the ministry" to "the foreign ministry".
    if (p.key.find(' ') == std::string::npos || p.key == "the " + p.head)
        found = std::max(found, latest_in(by_head_, p.head, same_kind));
    return found;
}

int Resolver::Run::new_entity(const Profile& p) {
    Entity entity;
    entity.name = p.display;
    entity.kind = p.kind;
    entity.plural = p.plural;
    entity.side = !p.place.empty() && p.kind != SourceKind::Vague ? p.place : entity.name;
    auto affiliation = r_.affiliations_.find(ascii_lower(entity.name));
    if (affiliation != r_.affiliations_.end()) entity.side = affiliation->second;
    analysis_.entities.push_back(std::move(entity));
    entity_profiles_.push_back(p);
    const int id = static_cast<int>(analysis_.entities.size() - 1);
    index_entity(id);
    return id;
}

int Resolver::Run::entity_for(const Item& item, const Profile& p) {
    if (p.pronoun) return resolve_pronoun(item, p);
    int parent = -1;
    if (!p.possessor.empty()) {
        Profile owner = profile(p.possessor);
        if (!owner.pronoun) parent = entity_for(Item{item.span, item.sentence, -1}, owner);
    } else if (!p.owner_pronoun.empty()) {
        // "Its general secretary" belongs to the organisation "its" refers to.
        parent = resolve_pronoun(item, profile(p.owner_pronoun));
    }
    int id = -1;
    if (p.kind == SourceKind::Person && !p.name_tokens.empty()) {
        id = link_person(p);
        if (id >= 0) {
            Profile& known = entity_profiles_[static_cast<std::size_t>(id)];
            if (p.name_tokens.size() > known.name_tokens.size()) {  // a fuller mention names it better
                known.name_tokens = p.name_tokens;
                analysis_.entities[static_cast<std::size_t>(id)].name = p.display;
                index_entity(id);
            }
            if (known.gender == 0) known.gender = p.gender;
            if (!p.place.empty() && analysis_.entities[static_cast<std::size_t>(id)].side == analysis_.entities[static_cast<std::size_t>(id)].name)
                analysis_.entities[static_cast<std::size_t>(id)].side = p.place;
            return id;
        }
        // A lone capitalised word that is not a source ("Korean") is not worth an entity.
        if (p.name_tokens.size() == 1 && p.title.empty() && item.attribution < 0) return -1;
        Profile fresh = p;
        if (p.second_reference && item.attribution >= 0) fresh.kind = SourceKind::Unresolved;
        return new_entity(fresh);
    }
    Profile keyed = p;
    if (parent >= 0) keyed.key = std::to_string(parent) + "'s " + p.head;
    id = link_by_key(keyed);
    // "The former finance officer said": a definite role that refers back to no unnamed source
    // is someone the story has identified (by role), not an anonymous source.
    if (id < 0 && keyed.kind == SourceKind::Anonymous && keyed.definite && !keyed.plural) keyed.kind = SourceKind::Person;
    if (id < 0) {
        id = new_entity(keyed);
        Entity& entity = analysis_.entities[static_cast<std::size_t>(id)];
        if (parent >= 0) {
            entity.parent = parent;
            entity.side = analysis_.entities[static_cast<std::size_t>(parent)].side;
        } else if (int organization = organization_named_in(item.span.in(doc_.text), id); organization >= 0) {
            entity.side = analysis_.entities[static_cast<std::size_t>(organization)].side;
        }
    }
    return id;
}

// "A club spokeswoman" speaks for "the club": an unnamed member of an organisation already in
// the story shares its side.
int Resolver::Run::organization_named_in(std::string_view mention, int self) const {
    auto words = split_words(mention);
    if (words.size() < 2) return -1;
    // The earliest organisation whose head is one of the words before the mention's last.
    int earliest = -1;
    for (std::size_t k = 0; k + 1 < words.size(); ++k) {
        auto found = by_head_.find(singular(ascii_lower(words[k])));
        if (found == by_head_.end()) continue;
        for (const int id : found->second) {
            if (id == self || analysis_.entities[static_cast<std::size_t>(id)].kind != SourceKind::Organization) continue;
            if (earliest < 0 || id < earliest) earliest = id;
            break;
        }
    }
    return earliest;
}

void Resolver::Run::note_anonymity(int id, std::size_t sentence, std::string_view mention) {
    Entity& entity = analysis_.entities[static_cast<std::size_t>(id)];
    if (entity.kind != SourceKind::Anonymous) return;
    // A reason may come in the same sentence or the next two (STANDARDS.md ATTR-06). A rote
    // formula counts as boilerplate (ATTR-07) only when no real reason is given there too.
    bool rote = false, real = false;
    for (std::size_t k = sentence; k < seg_.sentences.size() && k <= sentence + 2; ++k) {
        std::string_view text = seg_.sentences[k].span.in(doc_.text);
        if (!RE2::PartialMatch(text, *r_.reason_re_)) continue;
        entity.anonymity_reason = true;
        if (RE2::PartialMatch(text, *r_.boilerplate_re_)) rote = true;
        else real = true;
    }
    if (real) entity.boilerplate_reason = false;
    else if (rote) entity.boilerplate_reason = true;
    int score = 0;
    auto words = split_words(mention);
    const Profile& p = entity_profiles_[static_cast<std::size_t>(id)];
    const bool names_organisation =
        std::any_of(words.begin(), words.end(), [&](std::string_view word) {
            return is_capitalised(word) || (w_.organization.contains(word) && word != words.back());
        });
    if (!p.place.empty() || entity.parent >= 0 || names_organisation) ++score;
    if (std::any_of(words.begin(), words.end(), [&](std::string_view word) { return w_.rank.contains(word); })) ++score;
    if (RE2::PartialMatch(seg_.sentences[sentence].span.in(doc_.text), *r_.vantage_re_)) ++score;
    if (std::any_of(words.begin(), words.end(), [&](std::string_view word) { return w_.side.contains(word); })) ++score;
    entity.specificity = std::max(entity.specificity, score);
}

// A mention inside an attribution's source is that source, already an item.
void Resolver::Run::add_mention(std::vector<Item>& items, const SpanIndex& sources, Span span,
                                std::size_t sentence) const {
    if (!span.empty() && !sources.overlaps(span)) items.push_back(Item{span, sentence, -1});
}

std::vector<Resolver::Run::Item> Resolver::Run::collect_items() const {
    std::vector<Item> items;
    for (std::size_t i = 0; i < analysis_.attributions.size(); ++i) {
        const Attribution& attribution = analysis_.attributions[i];
        if (attribution.source && attribution.form != AttributionForm::Continuation)
            items.push_back(Item{attribution.antecedent.value_or(*attribution.source), attribution.sentence,
                                 static_cast<int>(i)});
    }
    std::vector<Span> source_spans;
    for (const Item& item : items) source_spans.push_back(item.span);  // only sources so far
    const SpanIndex sources(std::move(source_spans));
    for (std::size_t s = 0; s < seg_.sentences.size(); ++s) {
        const Sentence& sentence = seg_.sentences[s];
        if (!is_story_text(sentence.kind)) continue;
        std::string_view text = sentence.span.in(doc_.text);
        re2::StringPiece input(text.data(), text.size());
        re2::StringPiece match;
        while (!input.empty() && r_.mention_re_->Match(input, 0, input.size(), RE2::UNANCHORED, &match, 1)) {
            std::size_t start = sentence.span.start + static_cast<std::size_t>(match.data() - text.data());
            Span span{start, start + match.size()};
            std::size_t consumed = static_cast<std::size_t>(match.data() - input.data()) + std::max<std::size_t>(match.size(), 1);
            input.remove_prefix(std::min(consumed, input.size()));
            // Drop sentence openers and dates ("But", "Last Friday").
            std::string_view mention = span.in(doc_.text);
            while (true) {
                std::size_t space = mention.find(' ');
                std::string_view first = mention.substr(0, space);
                if (!(w_.strip.contains(first) || w_.calendar.contains(first) || w_.determiners.contains(first))) break;
                if (space == std::string_view::npos) { mention = {}; break; }
                mention.remove_prefix(space + 1);
            }
            if (mention.empty() || w_.calendar.contains(mention)) continue;
            span.start = span.end - mention.size();
            // "Russia and the EU" names two parties, not one.
            std::size_t joint = mention.find(" and ");
            std::string_view after_and = joint == std::string_view::npos ? std::string_view() : mention.substr(joint + 5);
            if (after_and.starts_with("the ")) after_and.remove_prefix(4);
            if (joint != std::string_view::npos && is_capitalised(after_and) &&
                !w_.non_person.contains(mention.substr(mention.rfind(' ') + 1))) {
                std::size_t second = mention.substr(joint + 5).rfind("the ", 0) == 0 ? joint + 9 : joint + 5;
                add_mention(items, sources, Span{span.start, span.start + joint}, s);
                add_mention(items, sources, Span{span.start + second, span.end}, s);
                continue;
            }
            add_mention(items, sources, span, s);
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.span.start < b.span.start; });
    return items;
}

// "says council leader" (headline) and "the council's leader, Helen Mbeki, said" are one person:
// a source known only by a role joins the named person introduced with that role.
void Resolver::Run::merge_roles() {
    for (std::size_t id = 0; id < analysis_.entities.size(); ++id) {
        const Profile& p = entity_profiles_[id];
        Entity& entity = analysis_.entities[id];
        if (entity.kind != SourceKind::Person || !p.name_tokens.empty() || p.head.empty() || entity.attributions == 0) continue;
        for (std::size_t other = 0; other < analysis_.entities.size(); ++other) {
            if (other == id || entity_profiles_[other].role != p.head || entity_profiles_[other].name_tokens.empty()) continue;
            for (auto& attribution : analysis_.attributions)
                if (attribution.entity == static_cast<int>(id)) attribution.entity = static_cast<int>(other);
            Entity& named = analysis_.entities[other];
            named.attributions += entity.attributions;
            for (auto mention : entity.mentions) {
                mention.entity = static_cast<int>(other);
                named.mentions.push_back(mention);
            }
            entity.attributions = 0;
            entity.mentions.clear();
            break;
        }
    }
}

// Keeps the entities that are sources (and their parents), renumbering references.
void Resolver::Run::compact() {
    std::vector<int> keep(analysis_.entities.size(), 0);
    for (std::size_t id = 0; id < analysis_.entities.size(); ++id)
        if (analysis_.entities[id].attributions > 0) {
            keep[id] = 1;
            for (int parent = analysis_.entities[id].parent; parent >= 0; parent = analysis_.entities[static_cast<std::size_t>(parent)].parent)
                keep[static_cast<std::size_t>(parent)] = 1;
        }
    std::vector<int> remap(analysis_.entities.size(), -1);
    std::vector<Entity> kept;
    for (std::size_t id = 0; id < analysis_.entities.size(); ++id)
        if (keep[id]) {
            remap[id] = static_cast<int>(kept.size());
            kept.push_back(std::move(analysis_.entities[id]));
        }
    for (auto& entity : kept) {
        if (entity.parent >= 0) entity.parent = remap[static_cast<std::size_t>(entity.parent)];
        for (auto& mention : entity.mentions) mention.entity = remap[static_cast<std::size_t>(mention.entity)];
    }
    for (auto& attribution : analysis_.attributions)
        if (attribution.entity >= 0) attribution.entity = remap[static_cast<std::size_t>(attribution.entity)];
    analysis_.entities = std::move(kept);
}

void Resolver::Run::run() {
    by_sentence_.assign(seg_.sentences.size(), {});
    std::vector<Item> items = collect_items();
    for (const Item& item : items) {
        excluded_.clear();
        if (item.attribution >= 0) {
            const Attribution& attribution = analysis_.attributions[static_cast<std::size_t>(item.attribution)];
            if (attribution.relay >= 0) {
                int relay_entity = analysis_.attributions[static_cast<std::size_t>(attribution.relay)].entity;
                for (int id = relay_entity; id >= 0; id = analysis_.entities[static_cast<std::size_t>(id)].parent) excluded_.insert(id);
            }
        }
        const Profile& p = known_profile(item.span.in(doc_.text));
        int id = entity_for(item, p);
        if (id < 0) {
            if (item.attribution >= 0 && p.pronoun && p.word != "we" && p.word != "i") analysis_.unresolved.push_back(item.span);
            continue;
        }
        Entity& entity = analysis_.entities[static_cast<std::size_t>(id)];
        entity.mentions.push_back(Mention{item.span, item.sentence, id});
        if (item.attribution >= 0) {
            Attribution& attribution = analysis_.attributions[static_cast<std::size_t>(item.attribution)];
            attribution.entity = id;
            ++entity.attributions;
            if (entity.kind == SourceKind::Unresolved) analysis_.unresolved.push_back(item.span);
            note_anonymity(id, item.sentence, item.span.in(doc_.text));
        }
        // Speakers are offered first as antecedents: "It added" continues a speaker.
        auto& list = item.attribution >= 0 ? by_sentence_[item.sentence].speakers : by_sentence_[item.sentence].others;
        if (std::find(list.begin(), list.end(), id) == list.end()) list.push_back(id);
    }
    // A continuation shares its cue with the attribution it continues, whose speaker it takes.
    std::unordered_map<std::size_t, int> speaker_by_cue;
    for (const auto& attribution : analysis_.attributions)
        if (attribution.form != AttributionForm::Continuation) speaker_by_cue.emplace(attribution.cue.start, attribution.entity);
    for (auto& attribution : analysis_.attributions) {
        if (attribution.form == AttributionForm::Continuation) {
            auto speaker = speaker_by_cue.find(attribution.cue.start);
            if (speaker != speaker_by_cue.end()) attribution.entity = speaker->second;
            if (attribution.entity >= 0) ++analysis_.entities[static_cast<std::size_t>(attribution.entity)].attributions;
        }
    }
    for (auto& attribution : analysis_.attributions)
        if (attribution.relay >= 0) attribution.relayed_by = analysis_.attributions[static_cast<std::size_t>(attribution.relay)].entity;
    merge_roles();
    compact();
    for (auto& attribution : analysis_.attributions)
        if (attribution.relay >= 0) attribution.relayed_by = analysis_.attributions[static_cast<std::size_t>(attribution.relay)].entity;
}

void Resolver::resolve(const Document& doc, const Segmented& seg, Analysis& analysis) const {
    Run(*this, doc, seg, analysis).run();
}

}  // namespace claimcheck
