package dev.rollsafe.source;

/**
 * A file's decoded text, or why it could not be read.
 *
 * @param text    the text (UTF-8 BOM removed), or null
 * @param problem a one-line reason without the path, or null
 */
record FileText(String text, String problem) {
    static FileText ok(String text) {
        return new FileText(text, null);
    }

    static FileText failed(String problem) {
        return new FileText(null, problem);
    }
}
