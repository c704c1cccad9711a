package dev.laurel.tool.coursesync;

/**
 * Why a launched course cannot be synced: the platform granted no roster or gradebook access for it, or the
 * course or its registration is gone. {@link #code()} is the error code, {@link #getMessage()} the plain
 * sentence shown to the instructor.
 */
public class CourseServicesUnavailableException extends RuntimeException {

    /** The course id is unknown to Laurel. */
    public static final String COURSE_NOT_FOUND = "course_not_found";

    /** The course's platform registration was removed. */
    public static final String REGISTRATION_NOT_FOUND = "registration_not_found";

    /** The launch carried no AGS line-items endpoint, or no scope to read line items. */
    public static final String AGS_NOT_GRANTED = "ags_not_granted";

    /** The launch granted line items but not {@code result.readonly}. */
    public static final String AGS_RESULTS_NOT_GRANTED = "ags_results_not_granted";

    /** The launch carried no NRPS memberships endpoint. */
    public static final String NRPS_NOT_GRANTED = "nrps_not_granted";

    private final String code;

    public CourseServicesUnavailableException(String code, String sentence) {
        super(sentence);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
