package dev.laurel.sandbox.course;

/** A user of the sandbox LMS; {@link #subject()} is the LTI {@code sub} and NRPS {@code user_id}. */
public record SandboxUser(long id, String givenName, String familyName, String email, boolean siteAdmin) {

    public String subject() {
        return String.valueOf(id);
    }

    public String name() {
        return givenName + " " + familyName;
    }
}
