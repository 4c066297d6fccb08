package org.yangguang.application.steps;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yangguang.casework.CasePolicy;
import org.yangguang.common.Violations;
import org.yangguang.process.StepContext;
import org.yangguang.process.StepFields;
import org.yangguang.process.StepDetails;
import org.yangguang.process.StepHandler;
import org.yangguang.process.StepInput;

/**
 * 民主评议: village representatives (residents at least the policy share of the panel) go through
 * the declared items one by one. Not a majority vote: one item found FALSE, with its reason,
 * vetoes the application — the step's decision is derived, never chosen.
 */
@Component
class ReviewStep implements StepHandler {

    enum Item { MEMBERS, INCOME, ASSETS, SUPPORTERS }

    static final String PASS = "pass";
    static final String VETO = "veto";

    private final CasePolicy policy;
    private final Clock clock;
    private final StepDetails details;

    ReviewStep(CasePolicy policy, Clock clock, StepDetails details) {
        this.policy = policy;
        this.clock = clock;
        this.details = details;
    }

    @Override
    public String taskKey() {
        return "review";
    }

    @Override
    public Set<String> decisions() {
        return Set.of(PASS, VETO);
    }

    @Override
    public Set<String> decisionsNeedingOpinion() {
        return Set.of();
    }

    @Override
    public String decide(StepInput input) {
        JsonNode items = input.field("items");
        if (items == null || !items.isArray()) {
            return PASS;
        }
        for (JsonNode item : items) {
            if ("FALSE".equals(item.path("verdict").asText())) {
                return VETO;
            }
        }
        return PASS;
    }

    @Override
    public void check(StepInput input, Violations violations) {
        fields(input, violations);
    }

    @Override
    public StepOutcome apply(StepContext context, String decision) {
        return StepOutcome.of(details.of(fields(context.input(), new Violations())));
    }

    private Map<String, Object> fields(StepInput input, Violations violations) {
        LocalDate meetingDate = StepFields.pastDate(input, "meetingDate", LocalDate.now(clock), violations);
        int attendees = StepFields.count(input, "attendees", violations);
        int residents = StepFields.count(input, "residentRepresentatives", violations);
        int numerator = policy.value(CasePolicy.REVIEW_RESIDENT_SHARE_NUMERATOR);
        int denominator = policy.value(CasePolicy.REVIEW_RESIDENT_SHARE_DENOMINATOR);
        violations.addIf(attendees < 1 && input.field("attendees") != null, "attendees", "review.attendees.none");
        violations.addIf(residents > attendees, "residentRepresentatives", "review.residents.moreThanAttendees");
        violations.addIf(attendees >= 1 && residents * denominator < attendees * numerator,
                "residentRepresentatives", "review.residents.share", numerator, denominator);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("meetingDate", meetingDate == null ? null : meetingDate.toString());
        detail.put("attendees", attendees);
        detail.put("residentRepresentatives", residents);
        detail.put("items", items(input, violations));
        return detail;
    }

    private List<Map<String, String>> items(StepInput input, Violations violations) {
        JsonNode items = input.field("items");
        List<Map<String, String>> verdicts = new ArrayList<>();
        if (items == null || !items.isArray()) {
            violations.add("items", "step.field.list");
            return verdicts;
        }
        Set<Item> seen = EnumSet.noneOf(Item.class);
        for (int i = 0; i < items.size(); i++) {
            JsonNode node = items.get(i);
            String path = "items[" + i + "]";
            Item item = parse(node.path("item").asText());
            String verdict = node.path("verdict").asText();
            String reason = node.path("reason").asText("").trim();
            violations.addIf(item == null, path + ".item", "review.item.unknown");
            violations.addIf(item != null && !seen.add(item), path + ".item", "review.item.twice");
            violations.addIf(!verdict.equals("TRUE") && !verdict.equals("FALSE"), path + ".verdict", "review.verdict.unknown");
            violations.addIf(verdict.equals("FALSE") && reason.isEmpty(), path + ".reason", "review.reason.required");
            Map<String, String> line = new LinkedHashMap<>();
            line.put("item", item == null ? null : item.name());
            line.put("verdict", verdict);
            line.put("reason", reason.isEmpty() ? null : reason);
            verdicts.add(line);
        }
        violations.addIf(seen.size() < Item.values().length, "items", "review.items.incomplete");
        return verdicts;
    }

    private static Item parse(String name) {
        for (Item item : Item.values()) {
            if (item.name().equals(name)) {
                return item;
            }
        }
        return null;
    }
}
