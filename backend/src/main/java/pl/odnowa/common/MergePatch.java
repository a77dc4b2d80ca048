package pl.odnowa.common;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * RFC 7396 JSON Merge Patch: the patch is merged into the resource's request form, and the result
 * is read and validated exactly as a PUT body would be.
 */
@ApplicationScoped
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper mapper;
    private final Validator validator;

    public MergePatch(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public <R> R apply(R current, JsonNode patch, Class<R> type) {
        if (patch == null || !patch.isObject()) {
            throw ApiException.badRequest("body", "must be a JSON object (RFC 7396 merge patch)");
        }
        JsonNode merged = merge(mapper.valueToTree(current), patch);
        R result;
        try {
            result = mapper.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            throw new jakarta.ws.rs.WebApplicationException(e, 400);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("body", "cannot be applied: " + e.getMessage());
        }
        Set<ConstraintViolation<R>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }

    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? (ObjectNode) target.deepCopy() : JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
