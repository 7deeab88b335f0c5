package nl.beraad.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A SHA-256 checksum of everything stored about a session (not of the report's text): two reports
 * with the same checksum were made from the same data, whatever language, format or anonymity they
 * were made in, and any change to a position, argument, conclusion or detail changes it.
 *
 * <p>Rows are named by their number within the session, not by the id this database gave them:
 * participant, argument and correction ids become their rank among the session's own ids (the
 * session's id is left out). A session exported and imported into another database gets other ids
 * in the same order, so it keeps its checksum; that is how an import proves it stored everything.
 */
public final class SessionChecksum {
    private SessionChecksum() {
    }

    /** The checksum as 64 hexadecimal digits. */
    public static String of(SessionRecord r) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines(r)) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** One line per stored row, fields in a fixed order, the lines sorted. */
    static List<String> lines(SessionRecord r) {
        List<String> out = new ArrayList<>();
        Session s = r.session();
        SessionDetails d = s.details();
        Function<ParticipantId, Integer> participant = ranks(r.participantIdsNamed());
        Function<Long, Integer> argument = ranks(r.argumentIdsNamed());
        Function<Long, Integer> correction = ranks(r.corrections().stream().map(Correction::id).sorted().toList());
        out.add(line("session", s.title(), s.setId(), s.setTitle(), s.status(), s.createdAt(), d.body(),
                d.place(), d.facilitator(), d.secretary(), d.names().canonical(), s.zone()));
        for (Participant p : r.participants()) {
            out.add(line("participant", participant.apply(p.id()), p.seq(), p.name(), p.observer(), p.present()));
        }
        for (SessionItem i : r.items()) {
            out.add(line("item", i.number(), i.item().key(), i.item().kind().word(), i.round(), i.revealedRound()));
        }
        for (Vote v : r.votes()) {
            Integer who = participant.apply(v.participantId());
            // How it was taken is part of the data; votes stored before it was kept read as they always did.
            out.add(v.method() == null
                    ? line("vote", v.itemNo(), v.round(), who, v.position().step(), v.position().numbers(), v.castAt())
                    : line("vote", v.itemNo(), v.round(), who, v.position().step(), v.position().numbers(), v.castAt(),
                            v.method()));
        }
        for (HandCount h : r.handCounts()) {
            out.add(line("hands", h.itemNo(), h.round(), h.position(), h.hands(), h.countedAt()));
        }
        for (Argument a : r.arguments()) {
            Integer no = argument.apply(a.id());
            Integer who = participant.apply(a.participantId());
            // The edit time only when there is one, so that an unedited session keeps the checksum it always had.
            out.add(a.isEdited()
                    ? line("argument", no, a.itemNo(), who, a.side(), a.text(), a.createdAt(), a.editedAt())
                    : line("argument", no, a.itemNo(), who, a.side(), a.text(), a.createdAt()));
        }
        for (Conclusion c : r.conclusions()) {
            out.add(line("conclusion", c.itemNo(), c.text(), c.minority(), c.actionPoints(), c.updatedAt()));
        }
        for (Correction k : r.corrections()) {
            out.add(line("correction", correction.apply(k.id()), k.itemNo(), k.kind(), k.round(),
                    participant.apply(k.participantId()), argument.apply(k.argumentId()),
                    k.side(), k.handPosition(), k.before(), k.after(), k.reason(), k.madeAt()));
        }
        for (int q = 0; q < r.speakers().size(); q++) {
            QueuedSpeaker w = r.speakers().get(q);
            out.add(line("speaker", q + 1, w.itemNo(), participant.apply(w.participantId()), w.addedAt()));
        }
        for (int e = 0; e < r.events().size(); e++) {
            out.add(line("event", e + 1, r.events().get(e).kind(), r.events().get(e).at()));
        }
        for (SessionItem i : r.items()) {
            if (i.openedAt() != null) {
                out.add(line("opened", i.number(), i.openedAt()));
            }
        }
        // In one fixed order, whatever order a database or a file gives the rows in: what the
        // order meant (who came first, which argument was made first) is in the numbers above.
        java.util.Collections.sort(out);
        return out;
    }

    /** Each id's rank (1, 2, ...) in the ascending list; null (no participant, no argument) stays null. */
    private static <T> Function<T, Integer> ranks(List<T> ascending) {
        Map<T, Integer> rank = new java.util.HashMap<>();
        for (T id : ascending) {
            rank.put(id, rank.size() + 1);
        }
        return id -> id == null ? null : rank.get(id);
    }

    private static String line(Object... fields) {
        return CanonicalLine.of(fields);
    }
}
