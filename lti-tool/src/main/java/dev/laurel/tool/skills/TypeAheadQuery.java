package dev.laurel.tool.skills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query behind a type-ahead picker: every word typed must match a label word of the skill, exactly, as a
 * typo (Lucene's Damerau-Levenshtein {@link FuzzyQuery}) or, for the word being typed, as a prefix. Exact words
 * score on BM25, prefixes and typos a fixed amount below them (a rare near-miss never outranks what was typed).
 * Preferred labels weigh more than alternative ones; the words as a label phrase (the last one as a prefix) and the
 * description's words add to the BM25 score without being required.
 */
final class TypeAheadQuery {

    private static final float LABEL_EXACT = 4f;
    private static final float LABEL_PREFIX = 3f;
    private static final float LABEL_FUZZY = 1.5f;
    private static final float ALT_EXACT = 2f;
    private static final float ALT_PREFIX = 1.5f;
    private static final float ALT_FUZZY = 0.75f;
    private static final float PHRASE = 3f;
    private static final float DESCRIPTION = 0.3f;
    private static final int FUZZY_MIN_LENGTH = 4;
    private static final int TWO_EDITS_MIN_LENGTH = 8;
    private static final int FUZZY_PREFIX = 1;
    private static final float TIE_BREAKER = 0.1f;
    private static final int PHRASE_SLOP = 1;

    /** Words beyond these are ignored: a picker needs no more, and each word expands into many terms. */
    static final int MAX_WORDS = 8;

    private TypeAheadQuery() {
    }

    /** The query for {@code text} as typed so far, or {@code null} when it has no searchable word. */
    static Query of(String text, Analyzer analyzer) {
        List<String> all = words(analyzer, SkillFields.LABEL_PLAIN, text);
        if (all.isEmpty()) {
            return null;
        }
        List<String> words = all.subList(0, Math.min(MAX_WORDS, all.size()));
        boolean typing = all.size() == words.size() && !Character.isWhitespace(text.charAt(text.length() - 1));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            query.add(word(words.get(i), typing && i == words.size() - 1), Occur.MUST);
        }
        if (words.size() > 1) {
            query.add(new BoostQuery(phrase(words, typing), PHRASE), Occur.SHOULD);
        }
        List<String> described = words(analyzer, SkillFields.DESCRIPTION, text);
        for (String term : described.subList(0, Math.min(MAX_WORDS, described.size()))) {
            query.add(new BoostQuery(new TermQuery(new Term(SkillFields.DESCRIPTION, term)), DESCRIPTION),
                    Occur.SHOULD);
        }
        return query.build();
    }

    /** The words as a phrase of the preferred label, the last one as a prefix while it is being typed. */
    private static Query phrase(List<String> words, boolean typing) {
        if (!typing) {
            return new PhraseQuery(PHRASE_SLOP, SkillFields.LABEL_PLAIN, words.toArray(String[]::new));
        }
        List<SpanQuery> spans = new ArrayList<>();
        for (String word : words.subList(0, words.size() - 1)) {
            spans.add(new SpanTermQuery(new Term(SkillFields.LABEL_PLAIN, word)));
        }
        spans.add(new SpanMultiTermQueryWrapper<>(
                new PrefixQuery(new Term(SkillFields.LABEL_PLAIN, words.get(words.size() - 1)))));
        return new SpanNearQuery(spans.toArray(SpanQuery[]::new), PHRASE_SLOP, true);
    }

    private static Query word(String word, boolean prefix) {
        List<Query> ways = new ArrayList<>();
        ways.add(boosted(new TermQuery(new Term(SkillFields.LABEL_PLAIN, word)), LABEL_EXACT));
        ways.add(boosted(new TermQuery(new Term(SkillFields.ALT_PLAIN, word)), ALT_EXACT));
        if (prefix) {
            ways.add(boosted(new PrefixQuery(new Term(SkillFields.LABEL_PLAIN, word)), LABEL_PREFIX));
            ways.add(boosted(new PrefixQuery(new Term(SkillFields.ALT_PLAIN, word)), ALT_PREFIX));
        }
        if (word.length() >= FUZZY_MIN_LENGTH) {
            int edits = word.length() >= TWO_EDITS_MIN_LENGTH ? 2 : 1;
            ways.add(boosted(new ConstantScoreQuery(
                    new FuzzyQuery(new Term(SkillFields.LABEL_PLAIN, word), edits, FUZZY_PREFIX)), LABEL_FUZZY));
            ways.add(boosted(new ConstantScoreQuery(
                    new FuzzyQuery(new Term(SkillFields.ALT_PLAIN, word), edits, FUZZY_PREFIX)), ALT_FUZZY));
        }
        return new DisjunctionMaxQuery(ways, TIE_BREAKER);
    }

    private static Query boosted(Query query, float boost) {
        return new BoostQuery(query, boost);
    }

    /** The terms {@code analyzer} makes of {@code text} for {@code field}. */
    static List<String> words(Analyzer analyzer, String field, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return words;
    }
}
