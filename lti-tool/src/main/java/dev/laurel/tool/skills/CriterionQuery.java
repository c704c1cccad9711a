package dev.laurel.tool.skills;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query that finds skills like a rubric criterion's text. Lucene's {@link MoreLikeThis} picks the criterion's
 * distinctive English-stemmed terms (tf-idf against the index, stop words and terms no skill uses dropped); each
 * term then matches a skill's label, alternative labels or description, and the searcher ranks skills on BM25,
 * a label match weighing most and a skill matching two or more of the terms required when there are several.
 */
final class CriterionQuery {

    private static final float LABEL = 1.2f;
    private static final float ALT = 0.6f;
    private static final float DESCRIPTION = 1f;
    private static final float TIE_BREAKER = 0.3f;
    private static final int MAX_QUERY_TERMS = 30;
    private static final int TERMS_TO_MATCH = 2;

    private CriterionQuery() {
    }

    /** The query for {@code criterionText}, or {@code null} when the text has no term any skill uses. */
    static Query of(String criterionText, IndexReader reader, Analyzer analyzer) {
        String[] terms = interestingTerms(criterionText, reader, analyzer);
        if (terms.length == 0) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(new DisjunctionMaxQuery(List.of(
                    weighted(SkillFields.LABEL, term, LABEL),
                    weighted(SkillFields.ALT, term, ALT),
                    weighted(SkillFields.DESCRIPTION, term, DESCRIPTION)), TIE_BREAKER), Occur.SHOULD);
        }
        query.setMinimumNumberShouldMatch(Math.min(TERMS_TO_MATCH, terms.length));
        return query.build();
    }

    private static Query weighted(String field, String term, float weight) {
        return new BoostQuery(new TermQuery(new Term(field, term)), weight);
    }

    private static String[] interestingTerms(String text, IndexReader reader, Analyzer analyzer) {
        try {
            MoreLikeThis moreLikeThis = new MoreLikeThis(reader);
            moreLikeThis.setAnalyzer(analyzer);
            moreLikeThis.setFieldNames(new String[] {SkillFields.DESCRIPTION, SkillFields.LABEL, SkillFields.ALT});
            moreLikeThis.setMinTermFreq(1);
            moreLikeThis.setMinDocFreq(1);
            moreLikeThis.setMinWordLen(2);
            moreLikeThis.setMaxQueryTerms(MAX_QUERY_TERMS);
            return moreLikeThis.retrieveInterestingTerms(new StringReader(text), SkillFields.DESCRIPTION);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
