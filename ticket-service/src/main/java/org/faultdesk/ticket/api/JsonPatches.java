package org.faultdesk.ticket.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatch;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Set;
import java.util.TreeSet;
import org.faultdesk.support.problem.ProblemException;

/**
 * JSON Patch (RFC 6902) for tickets, applied by JSON-P's own implementation: reading a patch with a
 * clear 400 for what is not one, and applying it with a 409 when a {@code test} fails (the ticket
 * is not as the caller believed: nothing changed) and a 422 when an operation cannot apply.
 */
final class JsonPatches {

    private JsonPatches() {
    }

    /** The patch in {@code body}; refused if it is not an array of operations or touches a read-only field. */
    static JsonPatch parse(String body, Set<String> readOnly) {
        JsonArray operations;
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            JsonStructure read = reader.read();
            if (!(read instanceof JsonArray array)) {
                throw malformed("a JSON Patch body must be an array of operations");
            }
            operations = array;
        } catch (JsonException e) { // JsonParsingException among them
            throw malformed("the request body is not valid JSON: " + e.getMessage());
        }
        Set<String> named = new TreeSet<>();
        for (JsonValue operation : operations) {
            if (!(operation instanceof JsonObject object) || !(object.get("path") instanceof JsonString)) {
                throw malformed("each operation is an object with \"op\" and \"path\": " + operation);
            }
            named.add(topField(object.getString("path")));
            if (object.get("from") instanceof JsonString from) {
                named.add(topField(from.getString()));
            }
        }
        named.retainAll(readOnly);
        if (!named.isEmpty()) {
            throw new ProblemException(400, "read-only-field", "Read-only field",
                    "these fields cannot be changed: " + String.join(", ", named));
        }
        try {
            return Json.createPatch(operations);
        } catch (JsonException e) {
            throw malformed("not a JSON Patch: " + e.getMessage());
        }
    }

    /** {@code patch} applied to the JSON object {@code before}; the result as JSON text. */
    static String apply(JsonPatch patch, String before) {
        try (JsonReader reader = Json.createReader(new StringReader(before))) {
            JsonStructure target = reader.read();
            try {
                return patch.apply(target).toString();
            } catch (JsonException e) {
                if (failedTest(patch, target)) {
                    throw new ProblemException(409, "patch-test-failed", "Patch test failed",
                            "a test operation does not hold for the ticket as it is now; nothing was changed: "
                                    + e.getMessage());
                }
                throw new ProblemException(422, "patch-not-applicable", "Patch not applicable",
                        "the patch cannot be applied to the ticket: " + e.getMessage());
            }
        }
    }

    /** Whether the patch fails on one of its {@code test} operations (JSON-P says only "failed"). */
    private static boolean failedTest(JsonPatch patch, JsonStructure target) {
        JsonStructure current = target;
        for (JsonValue operation : patch.toJsonArray()) {
            JsonObject object = operation.asJsonObject();
            JsonPatch single = Json.createPatch(Json.createArrayBuilder().add(object).build());
            try {
                current = single.apply(current);
            } catch (JsonException e) {
                return "test".equals(object.getString("op", ""));
            }
        }
        return false;
    }

    /** "/customerContact/phone" → "customerContact"; "/note/-" → "note". */
    private static String topField(String pointer) {
        String rest = pointer.startsWith("/") ? pointer.substring(1) : pointer;
        int slash = rest.indexOf('/');
        return (slash < 0 ? rest : rest.substring(0, slash)).replace("~1", "/").replace("~0", "~");
    }

    private static ProblemException malformed(String detail) {
        return new ProblemException(400, "malformed-json", "Malformed JSON", detail);
    }
}
