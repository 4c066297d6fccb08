package org.yangguang.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Field-level differences between two versions of a record, as JSON paths with the values before and after. */
@Component
class JsonDiff {

    /** One changed field. */
    record Change(String path, JsonNode before, JsonNode after) {}

    private final ObjectMapper json;

    JsonDiff(ObjectMapper json) {
        this.json = json;
    }

    List<Change> between(Object before, Object after) {
        List<Change> changes = new ArrayList<>();
        compare("", json.valueToTree(before), json.valueToTree(after), changes);
        return changes;
    }

    private void compare(String path, JsonNode before, JsonNode after, List<Change> changes) {
        JsonNode b = before == null ? NullNode.getInstance() : before;
        JsonNode a = after == null ? NullNode.getInstance() : after;
        if (b.equals(a)) {
            return;
        }
        if (b.isObject() && a.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            b.fieldNames().forEachRemaining(names::add);
            a.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(path.isEmpty() ? name : path + "." + name, b.get(name), a.get(name), changes);
            }
        } else if (b.isArray() && a.isArray()) {
            int size = Math.max(b.size(), a.size());
            for (int i = 0; i < size; i++) {
                compare(path + "[" + i + "]", b.get(i), a.get(i), changes);
            }
        } else {
            changes.add(new Change(path, b, a));
        }
    }
}
