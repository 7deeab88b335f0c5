package nl.beraad.cli;

import java.io.IOException;

/**
 * Why a write failed, as far as the user needs to know. Java gives no error number, only the
 * system's sentence (strerror), so the two cases that need their own words are told apart by it.
 */
enum WriteFailure {
    /** ENOSPC or EDQUOT: make room, or write somewhere else. */
    DISK_FULL,
    /** EPIPE: the reader stopped reading (as {@code | head} does) and has what it wanted. */
    BROKEN_PIPE,
    OTHER;

    static WriteFailure of(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
            return DISK_FULL;
        }
        return message.contains("Broken pipe") ? BROKEN_PIPE : OTHER;
    }
}
