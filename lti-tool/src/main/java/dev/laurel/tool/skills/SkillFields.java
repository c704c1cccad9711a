package dev.laurel.tool.skills;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The fields of the skills index and their analysis. Labels are indexed twice: English-stemmed (for matching a
 * criterion's prose) and plain (lower-cased, accent-folded words, for a picker's prefixes and typos).
 */
final class SkillFields {

    static final String URI = "uri";
    static final String FRAMEWORK = "framework";
    static final String TYPE = "type";
    static final String LABEL = "label";
    static final String LABEL_PLAIN = "label_plain";
    static final String ALT = "alt";
    static final String ALT_PLAIN = "alt_plain";
    static final String DESCRIPTION = "description";

    private SkillFields() {
    }

    /** The index-wide analyzer: plain for the {@code *_plain} fields, English otherwise. */
    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(),
                Map.of(LABEL_PLAIN, new PlainAnalyzer(), ALT_PLAIN, new PlainAnalyzer()));
    }

    /** Standard tokenization, lower-cased and accent-folded, no stop words, no stemming. */
    static final class PlainAnalyzer extends Analyzer {

        /** Keeps phrases from matching across two alternative labels of one skill. */
        private static final int LABEL_GAP = 100;

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return LABEL_GAP;
        }
    }
}
