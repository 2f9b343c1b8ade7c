package org.rectify.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A deployed Camunda Form (form-js schema) read as the contract of its task: the fields it has and
 * what each accepts. A submission may carry these fields only, each with its field's type; read-only
 * fields are shown, never written back.
 */
public final class TaskForm {

    /** Dates go into timers and DATETIME/TIMESTAMP columns: MySQL's TIMESTAMP ends on 2038-01-19. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2037, 12, 31);
    /** Our figures (areas, sales) are kept as DECIMAL(10, 2) or wider. */
    public static final BigDecimal LARGEST_NUMBER = new BigDecimal("99999999.99");

    public enum Kind { TEXT, NUMBER, BOOLEAN, CHOICE, DATE, OTHER }

    /** @param values the choices of a select or radio; null when they come from a variable (valuesKey) */
    public record Field(String key, Kind kind, boolean readOnly, boolean disabled, Integer maxLength, BigDecimal min,
                        BigDecimal max, List<String> values) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String id;
    private final Map<String, Field> fields;
    private final Set<String> optionKeys;

    private TaskForm(String id, Map<String, Field> fields, Set<String> optionKeys) {
        this.id = id;
        this.fields = fields;
        this.optionKeys = optionKeys;
    }

    /** The form a task without any form has: it takes no variables. */
    public static TaskForm none() {
        return new TaskForm(null, Map.of(), Set.of());
    }

    public static TaskForm parse(String schema) {
        try {
            JsonNode root = JSON.readTree(schema);
            Map<String, Field> fields = new LinkedHashMap<>();
            Set<String> optionKeys = new java.util.LinkedHashSet<>();
            collect(root.path("components"), fields, optionKeys);
            return new TaskForm(root.path("id").asText(null), fields, Set.copyOf(optionKeys));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A deployed form is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    public String id() {
        return id;
    }

    public Optional<Field> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** The variables whose lists fill the form's selects (their valuesKey): options the task carries. */
    public Set<String> optionKeys() {
        return optionKeys;
    }

    /** The fields the form shows read-only: the context its task carries. */
    public Set<String> readOnlyKeys() {
        return fields.values().stream().filter(f -> f.readOnly() || f.disabled()).map(Field::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Checks the {@code variables} of a submit-form or complete request (engine REST shape:
     * {@code {"name": {"value": ..., "type": ...}}}) and returns them without the read-only fields.
     *
     * @throws IllegalArgumentException naming the first field that breaks the form
     */
    public ObjectNode accept(JsonNode variables) {
        ObjectNode accepted = JSON.createObjectNode();
        if (variables == null || variables.isNull() || variables.isMissingNode()) {
            return accepted;
        }
        if (!variables.isObject()) {
            throw new IllegalArgumentException("variables: 应为对象 expected an object of variables");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            Field field = fields.get(key);
            if (field == null) {
                throw new IllegalArgumentException(key + ": 不是本任务表单的字段 not a field of this task's form"
                        + (id == null ? " (the task has no form and takes no variables)" : " " + id));
            }
            if (field.disabled()) {
                throw new IllegalArgumentException(key + ": 只读字段，不能提交 shown by the form, not submitted");
            }
            JsonNode variable = entry.getValue();
            if (field.readOnly()) {
                continue;
            }
            check(field, variable);
            accepted.set(key, variable);
        }
        return accepted;
    }

    private static void check(Field field, JsonNode variable) {
        String key = field.key();
        if (variable == null || !variable.isObject()) {
            throw new IllegalArgumentException(key + ": expected {\"value\": ...}");
        }
        String type = variable.path("type").asText("");
        JsonNode value = variable.path("value");
        if (!variable.path("valueInfo").isMissingNode() && !variable.path("valueInfo").isEmpty()) {
            throw new IllegalArgumentException(key + ": 不接受 valueInfo (serialized or file values are not accepted)");
        }
        if (value.isMissingNode() || value.isNull()) {
            if (!type.isEmpty() && !type.equals("Null") && !allowedTypes(field.kind()).contains(type)) {
                throw wrongType(field, type);
            }
            return;
        }
        if (!type.isEmpty() && !allowedTypes(field.kind()).contains(type)) {
            throw wrongType(field, type);
        }
        switch (field.kind()) {
            case TEXT -> {
                String text = requireText(field, value);
                if (field.maxLength() != null && text.length() > field.maxLength()) {
                    throw new IllegalArgumentException(key + ": 最多" + field.maxLength() + "个字符 at most "
                            + field.maxLength() + " characters, got " + text.length());
                }
            }
            case NUMBER -> {
                if (!value.isNumber()) {
                    throw new IllegalArgumentException(key + ": 应为数字 expected a number, got " + value);
                }
                BigDecimal number = value.decimalValue();
                BigDecimal max = field.max() != null ? field.max() : LARGEST_NUMBER;
                BigDecimal min = field.min() != null ? field.min() : LARGEST_NUMBER.negate();
                if (number.compareTo(max) > 0 || number.compareTo(min) < 0) {
                    throw new IllegalArgumentException(key + ": 数值超出范围 " + value + " is out of range; allowed "
                            + min.toPlainString() + " to " + max.toPlainString());
                }
            }
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    throw new IllegalArgumentException(key + ": 应为是/否 expected true or false, got " + value);
                }
            }
            case CHOICE -> {
                String choice = requireText(field, value);
                // options from a variable (valuesKey) are checked by the task's own listener
                if (!choice.isEmpty() && field.values() != null && !field.values().contains(choice)) {
                    throw new IllegalArgumentException(key + ": 无此选项 unknown choice '" + choice + "'; allowed: "
                            + String.join(", ", field.values()));
                }
            }
            case DATE -> checkDate(field, requireText(field, value));
            case OTHER -> throw new IllegalArgumentException(key + ": this kind of field is not accepted here");
        }
    }

    private static void checkDate(Field field, String text) {
        if (text.isEmpty()) {
            return;
        }
        LocalDate day;
        try {
            day = text.length() <= 10 ? LocalDate.parse(text) : LocalDateTime.parse(text.length() > 19
                    ? text.substring(0, 19) : text).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field.key() + ": 日期格式应为 yyyy-MM-dd not a date: '" + text + "'");
        }
        if (day.isBefore(EARLIEST_DATE) || day.isAfter(LATEST_DATE)) {
            throw new IllegalArgumentException(field.key() + ": 日期超出范围 " + day + " is out of range; dates from "
                    + EARLIEST_DATE + " to " + LATEST_DATE + " are accepted");
        }
    }

    private static String requireText(Field field, JsonNode value) {
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field.key() + ": 应为文本 expected text, got " + value);
        }
        return value.textValue();
    }

    private static IllegalArgumentException wrongType(Field field, String type) {
        return new IllegalArgumentException(field.key() + ": 类型不符 type " + type + " does not fit the form's "
                + field.kind().name().toLowerCase() + " field; allowed: " + String.join(", ", allowedTypes(field.kind())));
    }

    private static List<String> allowedTypes(Kind kind) {
        return switch (kind) {
            case TEXT, CHOICE, DATE -> List.of("String");
            case NUMBER -> List.of("Integer", "Long", "Short", "Double");
            case BOOLEAN -> List.of("Boolean");
            case OTHER -> List.of();
        };
    }

    private static void collect(JsonNode components, Map<String, Field> fields, Set<String> optionKeys) {
        for (JsonNode component : components) {
            if (component.has("components")) {
                collect(component.path("components"), fields, optionKeys);
            }
            if (component.hasNonNull("valuesKey")) {
                optionKeys.add(component.path("valuesKey").asText());
            }
            String key = component.path("key").asText(null);
            if (key == null || key.isEmpty()) {
                continue;
            }
            JsonNode validate = component.path("validate");
            List<String> values = component.has("valuesKey") ? null : new ArrayList<>();
            if (values != null) {
                component.path("values").forEach(v -> values.add(v.path("value").asText()));
            }
            fields.put(key, new Field(key, kind(component.path("type").asText()), component.path("readonly").asBoolean(false),
                    component.path("disabled").asBoolean(false),
                    validate.has("maxLength") ? validate.path("maxLength").asInt() : null,
                    validate.has("min") ? validate.path("min").decimalValue() : null,
                    validate.has("max") ? validate.path("max").decimalValue() : null,
                    values == null ? null : List.copyOf(values)));
        }
    }

    private static Kind kind(String type) {
        return switch (type) {
            case "textfield", "textarea" -> Kind.TEXT;
            case "number" -> Kind.NUMBER;
            case "checkbox" -> Kind.BOOLEAN;
            case "select", "radio" -> Kind.CHOICE;
            case "datetime" -> Kind.DATE;
            default -> Kind.OTHER;
        };
    }
}
