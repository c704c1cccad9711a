package dev.laurel.tool.skills;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;

/**
 * The Lucene index of a {@link SkillCatalog}: one document per skill, built once, then read-only. Held in a
 * {@link ByteBuffersDirectory}: the index is a few MB, rebuilt at each start from the jar's data, so there is
 * nothing to persist or memory-map. The {@link IndexSearcher} is thread-safe and shared by every request.
 */
final class SkillIndex implements AutoCloseable {

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    private SkillIndex(Directory directory, Analyzer analyzer) throws IOException {
        this.directory = directory;
        this.analyzer = analyzer;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /** Indexes every skill of {@code catalog}. */
    static SkillIndex build(SkillCatalog catalog) {
        Analyzer analyzer = SkillFields.analyzer();
        Directory directory = new ByteBuffersDirectory();
        try {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64))) {
                for (Skill skill : catalog.skills().values()) {
                    writer.addDocument(document(skill));
                }
            }
            return new SkillIndex(directory, analyzer);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot build the skills index", ex);
        }
    }

    private static Document document(Skill skill) {
        Document document = new Document();
        document.add(new StringField(SkillFields.URI, skill.uri(), Store.YES));
        document.add(new StringField(SkillFields.FRAMEWORK, skill.framework().name(), Store.NO));
        document.add(new StringField(SkillFields.TYPE, skill.type().name(), Store.NO));
        document.add(new TextField(SkillFields.LABEL, skill.label(), Store.NO));
        document.add(new TextField(SkillFields.LABEL_PLAIN, skill.label(), Store.NO));
        for (String alternative : skill.altLabels()) {
            document.add(new TextField(SkillFields.ALT, alternative, Store.NO));
            document.add(new TextField(SkillFields.ALT_PLAIN, alternative, Store.NO));
        }
        if (!skill.description().isEmpty()) {
            document.add(new TextField(SkillFields.DESCRIPTION, skill.description(), Store.NO));
        }
        return document;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    int size() {
        return reader.numDocs();
    }

    @Override
    public void close() {
        try {
            IOUtils.close(reader, directory, analyzer);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
