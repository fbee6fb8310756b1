#include "analysis/analysis.hpp"

namespace claimcheck {

const char* source_kind_name(SourceKind kind) {
    switch (kind) {
        case SourceKind::Person: return "person";
        case SourceKind::Organization: return "organization";
        case SourceKind::Document: return "document";
        case SourceKind::Anonymous: return "anonymous";
        case SourceKind::Vague: return "vague";
        case SourceKind::Unresolved: return "unresolved";
    }
    return "unresolved";
}

const char* attribution_form_name(AttributionForm form) {
    switch (form) {
        case AttributionForm::Direct: return "direct";
        case AttributionForm::Indirect: return "indirect";
        case AttributionForm::Mixed: return "mixed";
        case AttributionForm::AccordingTo: return "according-to";
        case AttributionForm::Headline: return "headline";
        case AttributionForm::Continuation: return "continuation";
        case AttributionForm::Agentless: return "agentless";
    }
    return "indirect";
}

}  // namespace claimcheck
