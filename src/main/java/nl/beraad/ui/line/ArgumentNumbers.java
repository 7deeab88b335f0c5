package nl.beraad.ui.line;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.LongStream;
import nl.beraad.domain.Argument;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.Correction;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.SessionRecord;

/**
 * The numbers line mode names an item's arguments (or answers) by: the order they were made in,
 * counting deleted ones too, so deleting number 2 never makes number 3 into number 2 under the
 * hands of a facilitator or a script that names the next one.
 */
final class ArgumentNumbers {
    private ArgumentNumbers() {
    }

    /** Argument id to its number, for the arguments that stand (not the deleted ones). */
    static Map<Long, Integer> of(SessionRecord record, ItemNo itemNo) {
        long[] ids = LongStream.concat(
                record.arguments(itemNo).stream().mapToLong(Argument::id),
                record.corrections(itemNo).stream().filter(c -> c.kind() == Correction.Kind.ARGUMENT_DELETED)
                        .mapToLong(Correction::argumentId)).sorted().distinct().toArray();
        Map<Long, Integer> numbers = new LinkedHashMap<>();
        for (int i = 0; i < ids.length; i++) {
            numbers.put(ids[i], i + 1);
        }
        record.corrections(itemNo).stream().filter(c -> c.kind() == Correction.Kind.ARGUMENT_DELETED)
                .forEach(c -> numbers.remove(c.argumentId()));
        return numbers;
    }

    /** The standing argument with this number as typed ("3"), or a refusal that says how to see the numbers. */
    static Argument find(LineContext line, SessionRecord record, ItemNo itemNo, String typed) {
        Integer number = typed.matches("[0-9]{1,6}") ? Integer.valueOf(typed) : null;
        return record.arguments(itemNo).stream()
                .filter(a -> number != null && number.equals(of(record, itemNo).get(a.id())))
                .findFirst()
                .orElseThrow(() -> BeraadException.invalid("line.argument.unknown", LineContext.echo(typed),
                        line.word(Command.ARGUMENTS)));
    }
}
