package org.rectify.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Simplified Chinese for Camunda's four webapps against the English they ship with, key by key:
 * nothing missing, nothing left over, every {{ expression }} and HTML tag kept, every English
 * sentence translated. A Camunda upgrade that adds keys fails here until they are translated.
 */
class WebappLocalesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EXPRESSION = Pattern.compile("\\{\\{.*?}}");
    /** An HTML tag; "<Operation>" (a placeholder in a select) is not one. */
    private static final Pattern TAG = Pattern.compile("</?[a-z][a-z0-9]*(\\s[^>]*)?/?>");
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    /** Labels that are names or formats in any language: the product's name, file formats. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("APP_VENDOR", "PLGN_REP_CSV", "PLGN_REP_JSON",
            "PLGN_MOD_OUT_OF");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyKeyOfTheBundledEnglishIsTranslated(String app) throws IOException {
        Map<String, String> english = flatten(read(app, "en"));
        Map<String, String> chinese = flatten(read(app, "zh"));

        assertThat(chinese.keySet()).as("keys of %s/locales/zh.json", app).isEqualTo(english.keySet());
        List<String> problems = new ArrayList<>();
        english.forEach((key, text) -> {
            String translated = chinese.get(key);
            if (!all(EXPRESSION, text).equals(all(EXPRESSION, translated))) {
                problems.add(key + ": the {{ }} expressions differ");
            }
            if (!all(TAG, text).equals(all(TAG, translated))) {
                problems.add(key + ": the HTML tags differ");
            }
            String words = TAG.matcher(EXPRESSION.matcher(text).replaceAll("")).replaceAll("");
            if (key.startsWith("labels.") && ENGLISH_WORD.matcher(words).find()
                    && !CHINESE.matcher(translated).find()
                    && !SAME_IN_EVERY_LANGUAGE.contains(key.substring("labels.".length()))) {
                problems.add(key + ": not translated: " + translated);
            }
        });
        assertThat(problems).as("labels of %s", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void datesAreWrittenYearMonthDay(String app) throws IOException {
        JsonNode formats = read(app, "zh").path("dateLocales").path("longDateFormat");

        assertThat(formats.path("L").asText()).isEqualTo("YYYY-MM-DD");
        assertThat(formats.path("LLL").asText()).isEqualTo("YYYY-MM-DD HH:mm");
        assertThat(read(app, "zh").path("labels").path("CAM_WIDGET_FOOTER_TIMEZONE").asText())
                .isEqualTo("日期和时间按本地时区显示：");
    }

    private static JsonNode read(String app, String language) throws IOException {
        String path = "META-INF/resources/webjars/camunda/app/" + app + "/locales/" + language + ".json";
        try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    /** Every string of the file by its dotted path ("labels.CLAIM", "dateLocales.months.0"). */
    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> flat = new TreeMap<>();
        flatten("", node, flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), flat);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "." + i, node.get(i), flat);
            }
        } else {
            flat.put(prefix, node.asText());
        }
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        found.sort(null);
        return found;
    }
}
