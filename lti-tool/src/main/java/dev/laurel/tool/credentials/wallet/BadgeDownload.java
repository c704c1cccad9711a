package dev.laurel.tool.credentials.wallet;

/**
 * A file the learner downloads: the whole credential, as issued, in one of its forms.
 *
 * @param fileName the attachment's file name
 * @param mediaType its media type
 * @param bytes its content
 */
public record BadgeDownload(String fileName, String mediaType, byte[] bytes) {
}
