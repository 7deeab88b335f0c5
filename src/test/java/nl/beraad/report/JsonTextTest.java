package nl.beraad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-written JSON writer: any text reads back through a strict parser; no raw control character is written. */
class JsonTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyControlCharacterAndUnicodeLineEndIsEscapedAndReadsBackAsItWas() throws Exception {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c <= 0xa0; c++) {
            all.append(c);
        }
        all.append("\u2028\u2029\ufeff\"\\/ é ë 😀 </script> ${x} '");
        String text = all.toString();

        String json = JsonText.write(Map.of("text", text));

        assertEquals(text, JSON.readTree(json).get("text").asText());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean raw = (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                    || c == '\ufeff';
            assertFalse(raw, "raw U+" + Integer.toHexString(c) + " at " + i);
        }
    }

    @Test
    void aLoneSurrogateBecomesTheReplacementCharacterAndAPairStays() throws Exception {
        String json = JsonText.write(List.of("a\ud800b", "\udc00", "😀"));

        JsonNode read = JSON.readTree(json);
        assertEquals("a\ufffdb", read.get(0).asText());
        assertEquals("\ufffd", read.get(1).asText());
        assertEquals("😀", read.get(2).asText());
    }

    @Test
    void keysKeepTheirOrderAndEmptyOrNestedValuesAreWritten() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", 1);
        m.put("a", Long.MAX_VALUE);
        m.put("empty", List.of());
        m.put("none", new LinkedHashMap<>());
        m.put("null", null);
        List<Object> nested = new ArrayList<>();
        nested.add(Map.of("x", true));
        nested.add(List.of(1, 2));
        m.put("nested", nested);

        String json = JsonText.write(m);

        assertEquals(List.of("z", "a", "empty", "none", "null", "nested"), fieldNames(JSON.readTree(json)));
        assertEquals(Long.MAX_VALUE, JSON.readTree(json).get("a").asLong());
        assertEquals("{\n  \"z\": 1,\n  \"a\": 9223372036854775807,\n  \"empty\": [],\n  \"none\": {},\n"
                + "  \"null\": null,\n  \"nested\": [\n    {\n      \"x\": true\n    },\n    [1, 2]\n  ]\n}", json);
    }

    @Test
    void aValueWithoutAnExactJsonFormIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> JsonText.write(List.of(Double.NaN)));
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
