package nl.beraad.store;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.beraad.domain.Argument;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.Correction;
import nl.beraad.domain.Forgetting;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.Proposal;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionId;

/**
 * Erases names in the rows of one session (issue 15), in the caller's transaction, or only counts
 * what it would change: the members renamed, their own texts replaced or deleted, and every free
 * text the session keeps (title, details, arguments and their earlier wordings, conclusions,
 * minority positions, action points, correction reasons, phone proposals) rid of the names.
 */
final class Erasing {
    private final SessionRows sessionRows;
    private final ParticipantRows participantRows;
    private final ArgumentRows argumentRows;
    private final ConclusionRows conclusionRows;
    private final CorrectionRows correctionRows;
    private final DeviceRows deviceRows;

    Erasing(SessionRows sessionRows, ParticipantRows participantRows, ArgumentRows argumentRows,
            ConclusionRows conclusionRows, CorrectionRows correctionRows, DeviceRows deviceRows) {
        this.sessionRows = sessionRows;
        this.participantRows = participantRows;
        this.argumentRows = argumentRows;
        this.conclusionRows = conclusionRows;
        this.correctionRows = correctionRows;
        this.deviceRows = deviceRows;
    }

    /** What was (or would be) changed, and the log's keys of the members' own texts (whose every wording goes). */
    record Outcome(int renamed, int ownTexts, int otherTexts, Set<String> ownKeys) {
    }

    /** A tally of the changes, and whether to make them. */
    private static final class Tally {
        final boolean apply;
        int renamed;
        int own;
        int other;
        final Set<String> ownKeys = new HashSet<>();

        Tally(boolean apply) {
            this.apply = apply;
        }

        /** Counts a text that {@code f} changes; whether it changed. */
        boolean other(String before, String after) {
            boolean changed = !Objects.equals(before, after);
            other += changed ? 1 : 0;
            return changed;
        }
    }

    Outcome run(SessionId id, Forgetting f, boolean apply) throws SQLException {
        Tally t = new Tally(apply);
        members(id, f, t);
        session(id, f, t);
        Set<Long> ownArguments = arguments(id, f, t);
        conclusions(id, f, t);
        corrections(id, f, t, ownArguments);
        proposals(id, f, t);
        return new Outcome(t.renamed, t.own, t.other, t.ownKeys);
    }

    private void members(SessionId id, Forgetting f, Tally t) throws SQLException {
        List<Participant> renamed = participantRows.list(id).stream().filter(p -> f.renamed().containsKey(p.id())).toList();
        t.renamed = renamed.size();
        if (t.apply) {
            // Two steps: a member's new name may be the one another renamed member still has.
            for (Participant p : renamed) {
                participantRows.update(id, new Participant(p.id(), "\t" + p.id(), p.seq(), p.observer(), p.present()));
            }
            for (Participant p : renamed) {
                participantRows.update(id, new Participant(p.id(), f.renamed().get(p.id()), p.seq(), p.observer(), p.present()));
            }
        }
    }

    private void session(SessionId id, Forgetting f, Tally t) throws SQLException {
        Session s = sessionRows.find(id).orElseThrow();
        String title = f.scrub(s.title());
        if (t.other(s.title(), title) && t.apply) {
            sessionRows.retitle(id, title);
        }
        SessionDetails d = s.details();
        SessionDetails scrubbed = d.with(f.scrub(d.body()), f.scrub(d.place()), f.scrub(d.facilitator()),
                f.scrub(d.secretary()), d.names());
        boolean changed = t.other(d.body(), scrubbed.body()) | t.other(d.place(), scrubbed.place())
                | t.other(d.facilitator(), scrubbed.facilitator()) | t.other(d.secretary(), scrubbed.secretary());
        if (changed && t.apply) {
            sessionRows.setDetails(id, scrubbed);
        }
    }

    /** Whether a text is the member's own, to replace or delete whole. */
    private static boolean own(Forgetting f, ParticipantId by) {
        return by != null && f.renamed().containsKey(by) && f.ownTexts() != Forgetting.OwnTexts.KEEP;
    }

    /** The arguments; the ids of the members' own. */
    private Set<Long> arguments(SessionId id, Forgetting f, Tally t) throws SQLException {
        Set<Long> own = new HashSet<>();
        for (Argument a : argumentRows.list(ItemScope.all(id))) {
            if (text(f, t, a.participantId(), a.text(), text -> argumentRows.setText(id, a.id(), text),
                    () -> deleted(id, f, a))) {
                own.add(a.id());
                t.ownKeys.add("argument/" + a.id());
            }
        }
        return own;
    }

    /**
     * A member's own argument deleted at their request, recorded as a correction (the report's appendix
     * says an answer was deleted and its text not kept), never as a silent rewrite.
     */
    private void deleted(SessionId id, Forgetting f, Argument a) throws SQLException {
        argumentRows.delete(id, a.id());
        correctionRows.insert(id, new Correction(0, a.itemNo(), Correction.Kind.ARGUMENT_DELETED, 0, a.participantId(),
                a.id(), a.side(), 0, null, null, f.replacement(), f.at()));
    }

    private void conclusions(SessionId id, Forgetting f, Tally t) throws SQLException {
        for (Conclusion c : conclusionRows.list(ItemScope.all(id))) {
            Conclusion scrubbed = new Conclusion(c.itemNo(), f.scrub(c.text()), f.scrub(c.minority()), f.scrub(c.actions()),
                    c.updatedAt());
            boolean changed = t.other(c.text(), scrubbed.text()) | t.other(c.minority(), scrubbed.minority())
                    | t.other(c.actions(), scrubbed.actions());
            if (changed && t.apply) {
                conclusionRows.set(id, scrubbed);
            }
        }
    }

    private void corrections(SessionId id, Forgetting f, Tally t, Set<Long> ownArguments) throws SQLException {
        for (Correction k : correctionRows.list(ItemScope.all(id))) {
            boolean ownWording = k.argumentId() != null && ownArguments.contains(k.argumentId());
            String before = ownWording ? wording(f, k.before()) : f.scrub(k.before());
            String after = ownWording ? wording(f, k.after()) : f.scrub(k.after());
            String reason = f.scrub(k.reason());
            boolean changed;
            if (ownWording) {
                boolean reasonChanged = t.other(k.reason(), reason);
                changed = reasonChanged || !Objects.equals(before, k.before()) || !Objects.equals(after, k.after());
                t.ownKeys.add("correction/" + k.id());
            } else {
                changed = t.other(k.before(), before) | t.other(k.after(), after) | t.other(k.reason(), reason);
            }
            if (changed && t.apply) {
                correctionRows.rewrite(id, k.id(), before, after, reason);
            }
        }
    }

    /** An earlier wording of a member's own text: the fixed sentence, or nothing when the text goes. */
    private static String wording(Forgetting f, String was) {
        return was == null || f.ownTexts() == Forgetting.OwnTexts.REMOVE ? null : f.replacement();
    }

    private void proposals(SessionId id, Forgetting f, Tally t) throws SQLException {
        for (Proposal p : deviceRows.proposals(id)) {
            text(f, t, p.participantId(), p.text(), text -> deviceRows.setProposalText(id, p.id(), text),
                    () -> deviceRows.deleteProposal(id, p.id()));
        }
    }

    /** Gives a text another value. */
    @FunctionalInterface
    private interface Rewrite {
        void to(String text) throws SQLException;
    }

    /**
     * Erases in one text written by {@code by}: a renamed member's own is replaced or deleted whole,
     * another's rid of the names; whether it was a member's own.
     */
    private static boolean text(Forgetting f, Tally t, ParticipantId by, String text, Rewrite rewrite, UnitsOfWork.Step delete)
            throws SQLException {
        if (!own(f, by)) {
            String scrubbed = f.scrub(text);
            if (t.other(text, scrubbed) && t.apply) {
                rewrite.to(scrubbed);
            }
            return false;
        }
        t.own++;
        if (t.apply) {
            switch (f.ownTexts()) {
                case REPLACE -> rewrite.to(f.replacement());
                case REMOVE -> delete.run();
                case KEEP -> throw new IllegalStateException("kept texts are not a member's own to erase");
            }
        }
        return true;
    }
}
