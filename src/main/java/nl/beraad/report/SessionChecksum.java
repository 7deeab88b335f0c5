package nl.beraad.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import nl.beraad.domain.Argument;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.Correction;
import nl.beraad.domain.HandCount;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.Vote;

/**
 * A SHA-256 checksum of everything stored about a session (not of the report's text): two reports
 * with the same checksum were made from the same data, whatever language, format or anonymity they
 * were made in, and any change to a position, argument, conclusion or detail changes it.
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

    /** One line per stored row, fields in a fixed order, in the order the record holds them. */
    static List<String> lines(SessionRecord r) {
        List<String> out = new ArrayList<>();
        Session s = r.session();
        SessionDetails d = s.details();
        out.add(line("session", s.id(), s.title(), s.setId(), s.setTitle(), s.status(), s.createdAt(), d.body(),
                d.place(), d.facilitator(), d.secretary(), d.anonymous()));
        for (Participant p : r.participants()) {
            out.add(line("participant", p.id(), p.seq(), p.name(), p.observer(), p.present()));
        }
        for (SessionItem i : r.items()) {
            out.add(line("item", i.number(), i.item().key(), i.item().kind().word(), i.round(), i.revealedRound()));
        }
        for (Vote v : r.votes()) {
            // How it was taken is part of the data; votes stored before it was kept read as they always did.
            out.add(v.method() == null
                    ? line("vote", v.itemNo(), v.round(), v.participantId(), v.position().step(), v.position().numbers(),
                            v.castAt())
                    : line("vote", v.itemNo(), v.round(), v.participantId(), v.position().step(), v.position().numbers(),
                            v.castAt(), v.method()));
        }
        for (HandCount h : r.handCounts()) {
            out.add(line("hands", h.itemNo(), h.round(), h.position(), h.hands(), h.countedAt()));
        }
        for (Argument a : r.arguments()) {
            // The edit time only when there is one, so that an unedited session keeps the checksum it always had.
            out.add(a.isEdited()
                    ? line("argument", a.id(), a.itemNo(), a.participantId(), a.side(), a.text(), a.createdAt(), a.editedAt())
                    : line("argument", a.id(), a.itemNo(), a.participantId(), a.side(), a.text(), a.createdAt()));
        }
        for (Conclusion c : r.conclusions()) {
            out.add(line("conclusion", c.itemNo(), c.text(), c.minority(), c.actions(), c.updatedAt()));
        }
        for (Correction k : r.corrections()) {
            out.add(line("correction", k.id(), k.itemNo(), k.kind(), k.round(), k.participantId(), k.argumentId(),
                    k.side(), k.handPosition(), k.before(), k.after(), k.reason(), k.madeAt()));
        }
        return out;
    }

    /** Fields joined by '|', with '\', '|' and line breaks escaped so no two rows can read the same. */
    private static String line(Object... fields) {
        StringBuilder b = new StringBuilder();
        for (Object f : fields) {
            if (b.length() > 0) {
                b.append('|');
            }
            String text = String.valueOf(f);
            b.append(text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n").replace("\r", "\\r"));
        }
        return b.toString();
    }
}
