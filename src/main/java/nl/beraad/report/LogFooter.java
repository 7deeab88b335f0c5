package nl.beraad.report;

import java.time.ZoneId;
import nl.beraad.domain.Provenance;
import nl.beraad.domain.ReportStamp;
import nl.beraad.domain.Seal;
import nl.beraad.domain.SessionChecksum;
import nl.beraad.domain.SessionRecord;
import nl.beraad.text.Messages;

/**
 * The end of a report (issue 15): the session's log (entries and head), whether the data is what
 * the log records, the signature made at the finish and what it covers, the checksum of the data,
 * and the stamp {@code beraad verify FILE} checks the file by. Each sentence follows from the
 * provenance read with the data: a report made from rows changed outside Beraad says so.
 */
final class LogFooter {
    private final Messages msg;
    private final ZoneId zone;

    LogFooter(Messages msg, ZoneId zone) {
        this.msg = msg;
        this.zone = zone;
    }

    void appendTo(StringBuilder md, SessionRecord r, Provenance p) {
        if (p.standing() == Provenance.Standing.NO_LOG) {
            paragraph(md, msg.get("report.log.none"));
        } else {
            paragraph(md, msg.get("report.log", p.entries(), "`" + p.head() + "`"));
        }
        if (p.standing() == Provenance.Standing.CHANGED) {
            paragraph(md, msg.get("report.log.changed", r.session().id()));
        } else {
            paragraph(md, seal(r, p));
        }
        paragraph(md, msg.get("report.checksum", "`" + SessionChecksum.of(r) + "`"));
        md.append(msg.get("report.stamp", "`" + ReportStamp.unsigned(p) + "`")).append('\n');
    }

    /** What the finish's signature covers: this whole log, its first part, nothing yet, or nothing that holds. */
    private String seal(SessionRecord r, Provenance p) {
        if (p.seal().isEmpty()) {
            return p.finished() ? msg.get("report.log.unsigned.finished", r.session().id())
                    : msg.get("report.log.unsigned.open");
        }
        Seal s = p.seal().get();
        if (p.signedAsIs()) {
            return msg.get("report.log.sealed", MarkdownReport.dateTime(msg, zone, s.signedAt()),
                    "`" + Seal.fingerprint(s.publicKey()) + "`", "`" + s.signature() + "`");
        }
        return p.sealHolds()
                ? msg.get("report.log.sealed.since", MarkdownReport.dateTime(msg, zone, s.signedAt()), s.entries(),
                        p.entries() - s.entries())
                : msg.get("report.log.seal.broken", r.session().id());
    }

    private static void paragraph(StringBuilder md, String text) {
        md.append(text).append("\n\n");
    }
}
