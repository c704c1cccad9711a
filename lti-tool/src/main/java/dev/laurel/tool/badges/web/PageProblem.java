package dev.laurel.tool.badges.web;

/** An error or warning shown next to a form: its code (for tests and support) and a plain sentence. */
record PageProblem(String code, String message) {
}
