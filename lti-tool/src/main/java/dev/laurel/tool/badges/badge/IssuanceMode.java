package dev.laurel.tool.badges.badge;

/** How qualifying learners get the badge. */
public enum IssuanceMode {
    /** The instructor reviews who qualifies, selects and issues. */
    MANUAL,
    /** Learners are issued the badge as soon as a sync shows they qualify. */
    AUTO
}
