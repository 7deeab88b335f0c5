package nl.beraad.cli;

import java.io.IOException;
import nl.beraad.store.DiskTrouble;

/** Why a write of output failed, as far as the user needs to know: the cases that need their own words. */
enum WriteFailure {
    /** ENOSPC, EDQUOT or EFBIG: make room, or write somewhere else. */
    DISK_FULL,
    /** EPIPE: the reader stopped reading (as {@code | head} does) and has what it wanted. */
    BROKEN_PIPE,
    OTHER;

    static WriteFailure of(IOException e) {
        if (DiskTrouble.saysFull(e)) {
            return DISK_FULL;
        }
        return e.getMessage() != null && e.getMessage().contains("Broken pipe") ? BROKEN_PIPE : OTHER;
    }
}
