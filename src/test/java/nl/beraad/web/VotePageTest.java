package nl.beraad.web;

import nl.beraad.domain.ItemNo;
import org.junit.jupiter.api.AfterEach;

/** A test of the vote page: a meeting in its own database, its page served until the test ends. */
abstract class VotePageTest {
    VotePageFixture meeting;

    /** A meeting of these members (anonymous or not) with its vote page started. */
    VotePageFixture meeting(boolean anonymous, String... members) {
        return meetingOn("scp-dilemmas-2022", anonymous, members);
    }

    /** A meeting on another shipped set (for its kinds of items). */
    VotePageFixture meetingOn(String set, boolean anonymous, String... members) {
        meeting = new VotePageFixture(set, anonymous, members);
        return meeting;
    }

    /** A meeting of these members whose first has joined on a phone, with item 1's round open to phones. */
    Phone firstMemberAnswering(String... members) throws Exception {
        meeting(false, members);
        Phone phone = meeting.phone().joinAs(meeting.page.joinCode(), members[0]);
        meeting.phones.open(meeting.id(), ItemNo.of(1), false);
        return phone;
    }

    @AfterEach
    void stopMeeting() {
        if (meeting != null) {
            meeting.close();
        }
    }
}
