package dev.laurel.sandbox.course;

/** A course; its number is also its LTI context id. */
public record Course(long id, String label, String title) {

    /** The LTI context id ({@code https://purl.imsglobal.org/spec/lti/claim/context} {@code id}). */
    public String contextId() {
        return String.valueOf(id);
    }

    /** The id of the course's "Laurel" activity, its LTI resource link. */
    public String laurelResourceLinkId() {
        return "laurel-" + id;
    }
}
