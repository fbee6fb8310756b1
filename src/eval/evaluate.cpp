#include "eval/evaluate.hpp"

#include "document/load.hpp"
#include "eval/predict.hpp"

namespace claimcheck {

EvalResult evaluate(const Engine& engine, const std::vector<GoldArticle>& articles, std::size_t max_errors) {
    EvalResult result;
    for (const GoldArticle& article : articles) {
        // The article's id is the document's path, so that any error names the article.
        const CheckedDocument checked = engine.check(load_document(article.id, article.text, InputFormat::Text));
        result.claim_flags += count_claim_flags(article, checked);
        if (!article.annotated) {
            ++result.unannotated;
            continue;
        }
        const std::vector<AttributionSpans> predicted = predicted_attributions(checked);
        const ArticleScore score = score_article(article.text, article.attributions, predicted);
        result.scores += score.scores;
        collect_error_examples(article.id, article.text, article.attributions, predicted, score, max_errors,
                               result.errors);
    }
    return result;
}

}  // namespace claimcheck
