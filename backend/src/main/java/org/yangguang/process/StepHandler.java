package org.yangguang.process;

import java.util.Map;
import java.util.Set;
import org.yangguang.common.Violations;

/**
 * The domain side of completing one kind of user task (one task key): which decisions it takes,
 * which of them need a written opinion, how its fields are checked, and what completing it
 * changes. Implementations live in the features; {@link TaskCompletion} finds them by task key.
 * A task key without a handler (a step a supervisor added in the Modeler) takes any decision
 * and records it.
 */
public interface StepHandler {

    String taskKey();

    Set<String> decisions();

    /** Decisions that refuse or send back: they need a non-empty opinion. */
    default Set<String> decisionsNeedingOpinion() {
        return Set.of("reject", "return", "fail");
    }

    /** Derives the decision from the fields when the step has none of its own (the review's veto). */
    default String decide(StepInput input) {
        return input.decision();
    }

    void check(StepInput input, Violations violations);

    /**
     * Applies the step's effects in the caller's transaction, after validation; returns process
     * variables to set besides {@code <taskKey>Decision}. Also returns the detail to keep in the timeline.
     */
    StepOutcome apply(StepContext context, String decision);

    /** Variables for the process and the JSON detail for the timeline. */
    record StepOutcome(Map<String, Object> variables, String detail) {

        public static StepOutcome of(String detail) {
            return new StepOutcome(Map.of(), detail);
        }
    }
}
