#include "rules/pack_snapshot.hpp"

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <type_traits>

// A snapshot is read by the program it was built into, and by nothing else: its values are laid
// out one after another in the order the fields are listed below, with no names, integers and
// doubles in this machine's byte order, and each string and list preceded by its length.
// Reading it is copying: a parsed document in between (nlohmann's CBOR, before) took most of the
// time of reading, about 18 M instructions for the built-in pack.
namespace claimcheck::rules {

namespace {

// Bumped whenever PackSources, or the order of the fields below, changes, so that a stale
// snapshot fails loudly.
constexpr int kSnapshotVersion = 3;
constexpr std::string_view kMagic = "claimcheck pack snapshot\n";

std::runtime_error damaged(const std::string& what) {
    return std::runtime_error("the rule pack snapshot is damaged (" + what + "); rebuild claimcheck");
}

class Writer {
public:
    void operator()(const std::string& text) {
        count(text.size());
        bytes_ += text;
    }
    void operator()(bool flag) { bytes_ += flag ? '\1' : '\0'; }
    void operator()(int number) { raw(number); }
    void operator()(double number) { raw(number); }
    template <typename E>
        requires std::is_enum_v<E>
    void operator()(E value) {
        raw(static_cast<int>(value));
    }
    template <typename T>
    void operator()(const std::vector<T>& list) {
        count(list.size());
        for (const T& item : list) (*this)(item);
    }
    template <typename K, typename V>
    void operator()(const std::map<K, V>& map) {
        count(map.size());
        for (const auto& [key, value] : map) {
            (*this)(key);
            (*this)(value);
        }
    }
    template <typename T>
    void operator()(const std::optional<T>& value) {
        (*this)(value.has_value());
        if (value) (*this)(*value);
    }
    // A struct, field by field. fields() lists them once for both directions; the writer only
    // reads them.
    template <typename T>
        requires std::is_class_v<T>
    void operator()(const T& value) {
        fields(*this, const_cast<T&>(value));
    }

    void count(std::size_t size) { raw(static_cast<std::uint32_t>(size)); }
    void literal(std::string_view text) { bytes_ += text; }
    std::string take() { return std::move(bytes_); }

private:
    template <typename T>
    void raw(T value) {
        char bytes[sizeof value];
        std::memcpy(bytes, &value, sizeof value);
        bytes_.append(bytes, sizeof value);
    }

    std::string bytes_;
};

class Reader {
public:
    explicit Reader(std::string_view bytes) : bytes_(bytes) {}

    void operator()(std::string& text) {
        const std::size_t size = count();
        text.assign(take(size), size);
    }
    void operator()(bool& flag) { flag = *take(1) != '\0'; }
    void operator()(int& number) { raw(number); }
    void operator()(double& number) { raw(number); }
    template <typename E>
        requires std::is_enum_v<E>
    void operator()(E& value) {
        int number = 0;
        raw(number);
        value = static_cast<E>(number);
    }
    template <typename T>
    void operator()(std::vector<T>& list) {
        list.resize(count());
        for (T& item : list) (*this)(item);
    }
    template <typename K, typename V>
    void operator()(std::map<K, V>& map) {
        map.clear();
        for (std::size_t left = count(); left > 0; --left) {
            K key;
            V value;
            (*this)(key);
            (*this)(value);
            map.emplace_hint(map.end(), std::move(key), std::move(value));
        }
    }
    template <typename T>
    void operator()(std::optional<T>& value) {
        bool present = false;
        (*this)(present);
        value.reset();
        if (!present) return;
        T read;
        (*this)(read);
        value = std::move(read);
    }
    template <typename T>
        requires std::is_class_v<T>
    void operator()(T& value) {
        fields(*this, value);
    }

    // A length: never more than the bytes left, each item taking at least one.
    std::size_t count() {
        std::uint32_t size = 0;
        raw(size);
        if (size > bytes_.size() - at_) throw damaged("a length runs past its end");
        return size;
    }
    // Reads past `text` when the bytes go on with it.
    bool skip(std::string_view text) {
        if (bytes_.substr(at_, text.size()) != text) return false;
        at_ += text.size();
        return true;
    }
    bool at_end() const { return at_ == bytes_.size(); }

private:
    const char* take(std::size_t size) {
        if (size > bytes_.size() - at_) throw damaged("it ends too soon");
        const char* start = bytes_.data() + at_;
        at_ += size;
        return start;
    }
    template <typename T>
    void raw(T& value) {
        std::memcpy(&value, take(sizeof value), sizeof value);
    }

    std::string_view bytes_;
    std::size_t at_ = 0;
};

// The fields of each type, in snapshot order. Compiled patterns and regexes are not part of a
// snapshot: it holds sources only.
template <typename A>
void fields(A& a, Location& l) {
    a(l.file), a(l.line), a(l.column);
}
template <typename A>
void fields(A& a, LocatedString& s) {
    a(s.text), a(s.where);
}
template <typename A>
void fields(A& a, Lexicon& l) {
    a(l.name), a(l.doc), a(l.tag), a(l.entries), a(l.where);
}
template <typename A>
void fields(A& a, LexiconSource& l) {
    a(l.lexicon), a(l.includes), a(l.inflect);
}
template <typename A>
void fields(A& a, FragmentSource& f) {
    a(f.regex), a(f.where);
}
template <typename A>
void fields(A& a, PatternExample& e) {
    a(e.text), a(e.expect), a(e.where);
}
template <typename A>
void fields(A& a, Pattern& p) {
    a(p.id), a(p.form), a(p.regex), a(p.priority), a(p.scope), a(p.match), a(p.no_match), a(p.where);
}
template <typename A>
void fields(A& a, PatternSource& p) {
    a(p.pattern), a(p.regex_where), a(p.expect_keys);
}
template <typename A>
void fields(A& a, Trigger& t) {
    a(t.id), a(t.kind), a(t.weight), a(t.regex), a(t.where);
}
template <typename A>
void fields(A& a, TriggerSource& t) {
    a(t.trigger), a(t.regex_where);
}
template <typename A>
void fields(A& a, BlockRoleSource& b) {
    a(b.kind), a(b.role), a(b.regex);
}
template <typename A>
void fields(A& a, CheckExamples& e) {
    a(e.fire), a(e.pass), a(e.where), a(e.fire_where), a(e.pass_where);
}
template <typename A>
void fields(A& a, Check& c) {
    a(c.id), a(c.severity), a(c.message), a(c.summary), a(c.standard), a(c.explain), a(c.params), a(c.examples),
        a(c.enabled), a(c.where);
}
template <typename A>
void fields(A& a, PackSources& s) {
    a(s.lexicons), a(s.fragments), a(s.fragment_names), a(s.patterns), a(s.threshold_where), a(s.threshold),
        a(s.triggers), a(s.kinds), a(s.aliases), a(s.affiliations), a(s.abbreviations), a(s.sentence_openers),
        a(s.block_roles), a(s.checks);
}

}  // namespace

std::string write_pack_snapshot(const PackSources& sources) {
    if (!sources.attribution_examples.empty())
        throw std::logic_error("a pack snapshot holds no attribution examples; leave their file out");
    Writer writer;
    writer.literal(kMagic);
    writer(kSnapshotVersion);
    writer(sources);
    return writer.take();
}

PackSources read_pack_snapshot(std::string_view bytes) {
    Reader reader(bytes);
    if (!reader.skip(kMagic)) throw damaged("it does not start as one");
    int version = 0;
    reader(version);
    if (version != kSnapshotVersion)
        throw std::runtime_error("the rule pack snapshot was written by another version; rebuild claimcheck");
    PackSources sources;
    reader(sources);
    if (!reader.at_end()) throw damaged("bytes follow its end");
    return sources;
}

}  // namespace claimcheck::rules
