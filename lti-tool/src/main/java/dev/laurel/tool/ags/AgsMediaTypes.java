package dev.laurel.tool.ags;

/**
 * The AGS media types, sent exactly in {@code Accept} and {@code Content-Type}.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#media-types-and-schemas">AGS §5 media types</a>
 */
public final class AgsMediaTypes {

    public static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";

    public static final String LINE_ITEM_CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";

    public static final String RESULT_CONTAINER = "application/vnd.ims.lis.v2.resultcontainer+json";

    public static final String SCORE = "application/vnd.ims.lis.v1.score+json";

    private AgsMediaTypes() {
    }
}
